package io.huiwu.registration.api;

import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.domain.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "QuorumRulesView", description = "The quorum rule of every kind of session in this meeting")
public record QuorumRulesView(List<Entry> rules) {

    @Schema(name = "QuorumRuleInForce")
    public record Entry(SessionKind kind, QuorumRule rule,
            @Schema(description = "Whether this is the default, not set by the organiser") boolean byDefault) {
    }
}
