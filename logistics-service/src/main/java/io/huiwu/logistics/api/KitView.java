package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Kit", description = "A kit with what is in it, how many were handed out and how many people of its"
        + " categories are still waiting for one")
public record KitView(UUID id, UUID meetingId, String name, List<String> categories, List<Line> items, long issued,
        long waiting, OffsetDateTime updatedAt, long version) {

    @Schema(name = "KitItem", description = "An item of a kit")
    public record Line(UUID itemId, String item, String unit, int quantity) {
    }
}
