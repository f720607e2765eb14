package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CredentialType")
public record CredentialTypeView(UUID id, UUID meetingId, String name, String colour, String prefix,
        List<Category> categories, @Schema(description = "Active credentials of this type") long issued,
        long version) {
}
