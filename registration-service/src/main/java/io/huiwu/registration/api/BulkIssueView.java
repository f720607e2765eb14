package io.huiwu.registration.api;

import io.huiwu.registration.domain.RosterVerification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "BulkIssueResult")
public record BulkIssueView(
        @Schema(description = "Credentials issued now") int issued,
        @Schema(description = "People of the type's categories who already had one") int alreadyHad,
        @Schema(description = "People of the type's categories left without one because the current version of"
                + " their entry is neither verified nor overridden; issue again once they are")
        List<NotVerified> notVerified) {

    @Schema(name = "NotVerifiedEntry", description = "An entry that got no credential, and how far it is verified")
    public record NotVerified(
            UUID attendeeId,
            String name,
            @Schema(description = "The entry's current version") long version,
            @Schema(description = "The reason: UNVERIFIED or PARTIAL")
            RosterVerification.VerificationState verification,
            @Schema(description = "Verifications the current version has") int verifications,
            @Schema(description = "Verifications the meeting requires") int required) {
    }
}
