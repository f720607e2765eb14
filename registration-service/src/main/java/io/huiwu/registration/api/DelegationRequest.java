package io.huiwu.registration.api;

import io.huiwu.registration.domain.DelegationRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;
import java.util.UUID;

@Schema(name = "DelegationRequest", description = "A delegation (代表团): its name as the roster's entries write it,"
        + " its leaders and liaison, and the hotel it asks for. Its place in the agreed order is set with the order.")
public record DelegationRequest(
        @Schema(examples = "长安区代表团") @NotBlank @Size(max = 100) String name,
        @Schema(description = "团长 (at most one), 副团长, 联络员 (at most one): active entries of the roster in this"
                + " delegation; 团长 and 副团长 are members, not staff or accompanying people")
        @Size(max = 20) @Nullable List<@Valid @NotNull Leader> leaders,
        @Schema(examples = "京西宾馆") @Size(max = 100) @Nullable String preferredHotel) {

    @Schema(name = "DelegationLeaderRequest")
    public record Leader(@NotNull UUID attendeeId,
            @Schema(description = "LEADER 团长, DEPUTY_LEADER 副团长 or LIAISON 联络员") @NotNull DelegationRole role) {
    }
}
