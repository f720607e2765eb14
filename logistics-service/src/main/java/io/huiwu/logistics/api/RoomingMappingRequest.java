package io.huiwu.logistics.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RoomingMappingRequest", description = "A hotel's rooming list layout: the columns in order, each field"
        + " once and each header once. NAME is required: the hotel's confirmations are matched by it")
public record RoomingMappingRequest(@NotNull @Size(min = 1, max = 12) List<@NotNull @Valid RoomingColumn> columns) {
}
