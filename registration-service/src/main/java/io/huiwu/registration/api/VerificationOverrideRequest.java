package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationOverrideRequest",
        description = "An organizer lets the version of the entry named in If-Match pass without the verifications"
                + " the meeting requires")
public record VerificationOverrideRequest(
        @Schema(description = "Why the entry may pass unverified; kept with the override and shown in its list",
                examples = "代表资格已由选举委员会书面确认，身份证原件报到时核验")
        @NotBlank @Size(max = 500) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String reason) {
}
