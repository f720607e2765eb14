package io.huiwu.registration.api;

import io.huiwu.registration.domain.WorkingGroupKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.List;

@Schema(name = "WorkingGroupRequest", description = "A working group and its staff, in the order listed")
public record WorkingGroupRequest(
        @Schema(examples = "秘书组") @NotBlank @Size(max = 100) String name,
        @NotNull WorkingGroupKind kind,
        @Schema(examples = "李秘书长") @Size(max = 100) String leader,
        @Size(max = 200) List<@Valid @NotNull Member> members) {

    @Schema(name = "WorkingGroupMember")
    public record Member(@Schema(examples = "陈晓") @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "\\+?[0-9][0-9 -]{4,28}", message = "{huiwu.phone}") @Nullable String phone,
            @Schema(examples = "会议记录") @Size(max = 200) @Nullable String duty) {
    }
}
