package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CredentialHolder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CredentialType")
public record CredentialTypeView(UUID id, UUID meetingId, String name, String colour, String prefix,
        @Schema(description = "Empty for a type for vehicles") List<Category> categories, CredentialHolder holder,
        @Schema(description = "座次证: the card prints the holder's seat") boolean seatPass,
        @Schema(description = "Active credentials of this type") long issued, long version) {
}
