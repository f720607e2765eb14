package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "HotelRequest", description = "A hotel (驻地) of the meeting")
public record HotelRequest(
        @Schema(examples = "京西宾馆") @NotBlank @Size(max = 100) String name,
        @Schema(examples = "北京市海淀区羊坊店路 1 号") @Size(max = 200) @Nullable String address,
        @Schema(description = "The front desk", examples = "010-68588888")
        @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) @Nullable String phone) {
}
