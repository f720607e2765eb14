package io.huiwu.registration.api;

import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.domain.SessionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "QuorumRules", description = "The quorum rule (法定人数) per kind of session; kinds not listed keep"
        + " their default (more than half for plenary, preparatory and election sessions, none for the others)")
public record QuorumRulesRequest(@NotNull @Size(max = 6) List<@Valid @NotNull Entry> rules) {

    @Schema(name = "QuorumRuleEntry")
    public record Entry(@NotNull SessionKind kind, @NotNull QuorumRule rule) {
    }
}
