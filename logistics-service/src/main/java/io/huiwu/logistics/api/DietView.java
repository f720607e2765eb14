package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "AttendeeDiet", description = "Someone's diets as dining uses them")
public record DietView(UUID attendeeId, String name, List<Diet> diet,
        @Schema(description = "ROSTER when registration's roster gives them (it wins), else STAFF",
                enumeration = {"ROSTER", "STAFF"}) String source) {
}
