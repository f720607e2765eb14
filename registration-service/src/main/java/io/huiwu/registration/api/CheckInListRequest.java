package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CheckInListKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

@Schema(name = "CheckInListRequest", description = "A check-in point and who may pass it, when")
public record CheckInListRequest(
        @Schema(examples = "大会报到处") @NotBlank @Size(max = 100) String name,
        @NotNull CheckInListKind kind,
        @Schema(description = "The categories that may pass") @NotEmpty Set<@NotNull Category> categories,
        @Schema(description = "Scans before this are refused (outside_time)") OffsetDateTime opensAt,
        @Schema(description = "Scans from this on are refused (outside_time)") OffsetDateTime closesAt,
        @Schema(description = "Whether someone may enter more than once") boolean allowReentry,
        @Schema(description = "Whether exits are scanned, so that who is inside is known") boolean trackExit,
        @Schema(description = "Whether staff may sign someone in on their behalf here (秘书代签); such check-ins are"
                + " counted apart from presence in person") boolean allowOnBehalf,
        @Schema(description = "The credential types accepted here (a hall door: 出席证 and 列席证); absent or empty"
                + " accepts any credential that names a person. A vehicle pass never opens a door for people")
        @Size(max = 50) Set<@NotNull UUID> credentialTypeIds) {
}
