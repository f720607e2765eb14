package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkIssueResult")
public record BulkIssueView(
        @Schema(description = "Credentials issued now") int issued,
        @Schema(description = "People of the type's categories who already had one") int alreadyHad) {
}
