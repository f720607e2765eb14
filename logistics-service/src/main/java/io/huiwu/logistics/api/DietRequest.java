package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.dining.Diet;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DietRequest", description = "Someone's diets as staff record them; empty for none")
public record DietRequest(@NotNull @Size(max = 7) List<@NotNull Diet> diet) {
}
