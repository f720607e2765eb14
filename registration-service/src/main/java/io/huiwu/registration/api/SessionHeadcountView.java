package io.huiwu.registration.api;

import io.huiwu.registration.domain.QuorumRule;
import io.huiwu.registration.domain.SessionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "SessionHeadcount", description = "应到, 实到, 请假 and 缺席 of a session, with names by delegation")
public record SessionHeadcountView(
        UUID sessionId, String name, SessionKind kind, OffsetDateTime startsAt,
        @Schema(description = "应到: active attendees who take part") long expected,
        @Schema(description = "实到: of those, admitted at the session's doors in person") long present,
        @Schema(description = "代签: signed in by someone on their behalf, not counted as present")
        long signedOnBehalf,
        @Schema(description = "请假: on leave for the session and not present") long onLeave,
        @Schema(description = "缺席: neither present, signed for, nor on leave") long absent,
        Quorum quorum,
        @Schema(description = "By delegation, in the order of their names' strokes") List<Delegation> byDelegation,
        OffsetDateTime at) {

    @Schema(name = "SessionQuorum")
    public record Quorum(QuorumRule rule, @Schema(description = "How many must be present") long needed,
            boolean reached) {
    }

    @Schema(name = "SessionHeadcountDelegation")
    public record Delegation(@Schema(description = "null for people in no delegation") @Nullable String delegation,
            long expected, long present, long signedOnBehalf, long onLeave, long absent,
            List<Person> signedOnBehalfNames, List<Person> onLeaveNames, List<Person> absentNames) {
    }

    @Schema(name = "SessionHeadcountPerson")
    public record Person(UUID attendeeId, String name) {
    }
}
