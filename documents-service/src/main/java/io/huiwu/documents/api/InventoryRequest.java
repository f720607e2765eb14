package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "InventoryRequest", description = "An inventory check (点检) of a place to open")
public record InventoryRequest(
        @Schema(description = "The cabinet or box checked", examples = "机要室 2 号保密柜") @NotBlank @Size(max = 200)
        String place,
        @Schema(description = "The documents whose copies the place holds; none: every document of the meeting")
        @Size(max = 500) List<@NotNull UUID> documentIds,
        @Size(max = 500) String note) {
}
