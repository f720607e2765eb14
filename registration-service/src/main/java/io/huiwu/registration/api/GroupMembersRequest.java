package io.huiwu.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "GroupMembersRequest",
        description = "Everyone in the group; one or two of them are conveners (召集人) when the group has members")
public record GroupMembersRequest(@NotNull @Size(max = 1000) List<@Valid @NotNull Member> members) {

    @Schema(name = "GroupMember")
    public record Member(@NotNull UUID attendeeId, boolean convener) {
    }
}
