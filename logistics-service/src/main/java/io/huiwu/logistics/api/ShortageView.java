package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Shortage", description = "An item the kits still to hand out need more of than is in stock")
public record ShortageView(UUID itemId, String item, String unit,
        @Schema(description = "Units the kits still to hand out need") long needed, int stock,
        @Schema(description = "needed less stock, 0 when there is enough") long shortBy,
        @Schema(description = "The kits that need it") List<String> kits) {
}
