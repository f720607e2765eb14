package io.huiwu.registration.api;

import io.huiwu.registration.domain.MeetingRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "MyAccess", description = "What the caller may do in the meeting: the admin app shows what fits")
public record MyAccessView(
        UUID meetingId,
        @Schema(description = "The caller's token subject") String subject,
        @Schema(description = "The caller's roles in this meeting") List<MeetingRole> roles,
        @Schema(description = "True for the platform role that creates meetings and names their organizers")
        boolean administrator) {
}
