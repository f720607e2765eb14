package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.Gender;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AttendeeRequest", description = "A person on the roster as staff enter or correct them")
public record AttendeeRequest(
        @Schema(examples = "欧阳建国", description = "Family name first; spaces between Chinese characters are removed")
        @NotBlank @Size(max = 50) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String name,
        @NotNull Gender gender,
        @NotNull Category category,
        @Schema(examples = "长安区代表团") @Size(max = 100) String delegation,
        @Schema(examples = "长安区人民政府") @Size(max = 200) String unit,
        @Schema(examples = "区长") @Size(max = 200) String title,
        @Schema(description = "Protocol rank, 1 is the highest", examples = "12") @Min(1) @Max(1_000_000) Integer rank,
        @Schema(examples = "13812345678") @Pattern(regexp = "\\+?[0-9][0-9 -]{4,28}",
                message = "{huiwu.phone}") String phone,
        @Schema(examples = "11010519491231002X", description = "18-character resident ID number, check digit verified")
        @Size(max = 18) String idNumber,
        @Schema(description = "For ACCOMPANYING people (drivers, family): the attendee they accompany")
        UUID principalId) {
}
