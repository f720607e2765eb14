package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppliedBusPlan", description = "What applying a site visit's bus plan changed")
public record AppliedBusPlanView(
        @Schema(description = "Buses in force") int buses,
        @Schema(description = "People given a new or changed seat (site-visit-transport-assigned for each)")
        int assigned,
        @Schema(description = "People whose bus, seat, group and marshal are as before") int unchanged,
        @Schema(description = "People of the visit with no seat") int unplaced) {
}
