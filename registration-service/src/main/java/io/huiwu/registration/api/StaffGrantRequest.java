package io.huiwu.registration.api;

import io.huiwu.registration.domain.MeetingRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffGrantRequest", description = "A role in this meeting for a member of staff")
public record StaffGrantRequest(
        @Schema(description = "The staff member's token subject (the sub claim of their tokens)",
                examples = "8d0f3c5e-1b2a-4c6d-9e7f-0a1b2c3d4e5f")
        @NotNull @Pattern(regexp = StaffGrantRequest.SUBJECT, message = "{huiwu.subject}")
        String subject,
        @NotNull MeetingRole role,
        @Schema(description = "How staff lists name the person", examples = "张秘书")
        @Size(max = 100) @Pattern(regexp = "^[^\\p{Cc}]*$", message = "{huiwu.no-control-characters}")
        String displayName) {

    /** A token subject: what identity providers put in sub (UUIDs, user names, provider|id). */
    public static final String SUBJECT = "^[A-Za-z0-9._@:|+-]{1,255}$";
}
