package io.huiwu.logistics.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "BudgetLineRequest", description = "A line of the meeting's budget that supplies are charged to")
public record BudgetLineRequest(
        @Schema(description = "The line's code in the meeting's budget, unique in the meeting", examples = "HW-03")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+",
                message = "must be letters, digits, dot, dash or underscore") String code,
        @Schema(description = "What the line pays for", examples = "会议用品") @NotBlank @Size(max = 100) String name,
        @Schema(description = "The amount set aside, in yuan", examples = "50000.00")
        @NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal amount) {
}
