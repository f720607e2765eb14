package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomingField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoomingColumn", description = "One column of a hotel's rooming list: which field, under which header")
public record RoomingColumn(@NotNull RoomingField field,
        @Schema(examples = "Guest name") @NotBlank @Size(max = 100) String header) {
}
