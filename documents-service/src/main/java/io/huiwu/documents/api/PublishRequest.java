package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "PublishRequest", description = "Who receives it: roster categories, delegations and persons (at"
        + " least one)")
public record PublishRequest(
        @Schema(examples = "[\"ATTENDEE\"]") @Size(max = 50) List<@NotBlank @Size(max = 100) String> categories,
        @Schema(examples = "[\"北京市代表团\"]") @Size(max = 200) List<@NotBlank @Size(max = 200) String> delegations,
        @Size(max = 500) List<@NotNull UUID> attendeeIds) {
}
