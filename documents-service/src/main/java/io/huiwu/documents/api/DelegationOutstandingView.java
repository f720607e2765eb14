package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationOutstanding", description = "How many copies a delegation's people still hold")
public record DelegationOutstandingView(
        @Schema(description = "The delegation as the roster names it; null for people of none") String delegation,
        long holders,
        long copies) {
}
