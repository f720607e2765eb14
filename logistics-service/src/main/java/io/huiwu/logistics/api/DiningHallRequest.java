package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "DiningHallRequest", description = "A dining hall (餐厅) of the meeting")
public record DiningHallRequest(
        @Schema(description = "Unique in the meeting", examples = "京西宾馆第一餐厅") @NotBlank @Size(max = 100)
        String name,
        @Schema(examples = "主楼二层") @Size(max = 200) @Nullable String location) {
}
