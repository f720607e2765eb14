package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.transport.VehicleKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

@Schema(name = "VehicleRequest", description = "A vehicle of the meeting with its driver")
public record VehicleRequest(
        @Schema(description = "车牌号, unique in the meeting (compared without case)", examples = "京A·12345")
        @NotBlank @Size(max = 20) String plate,
        @Schema(description = "CAR, VIP_CAR (riders seated by protocol), MINIBUS or BUS") @NotNull VehicleKind kind,
        @Schema(description = "Seats for riders, the driver's not counted", examples = "4")
        @NotNull @Min(1) @Max(80) Integer seats,
        @Schema(description = "Pieces of luggage it carries (0 when left out)", examples = "3")
        @Min(0) @Max(200) @Nullable Integer luggage,
        @Schema(examples = "王师傅") @Size(max = 50) @Nullable String driverName,
        @Schema(description = "Personal data: shown to the meeting's staff, never published", examples = "13800000000")
        @Pattern(regexp = PhoneNumbers.PATTERN, message = PhoneNumbers.MESSAGE) @Nullable String driverPhone,
        @Schema(description = "The staff member in charge of the vehicle (责任人)", examples = "保障组 李明")
        @Size(max = 100) @Nullable String staffInCharge) {
}
