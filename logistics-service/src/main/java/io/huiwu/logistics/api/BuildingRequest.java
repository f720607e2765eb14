package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BuildingRequest", description = "A building of a hotel")
public record BuildingRequest(@Schema(examples = "贵宾楼") @NotBlank @Size(max = 100) String name) {
}
