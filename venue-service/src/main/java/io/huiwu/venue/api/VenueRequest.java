package io.huiwu.venue.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VenueRequest", description = "A venue of the meeting: a hotel or conference centre with halls and"
        + " rooms")
public record VenueRequest(
        @Schema(examples = "京西宾馆") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "北京市海淀区羊坊店路9号") @Size(max = 300) String address) {
}
