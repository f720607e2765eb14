package io.huiwu.registration.api;

import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.CredentialHolder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.util.Set;

@HolderFits
@Schema(name = "CredentialTypeRequest", description = "A kind of credential: 出席证, 列席证, 工作证, 座次证, 车辆通行证...")
public record CredentialTypeRequest(
        @Schema(examples = "出席证") @NotBlank @Size(max = 50) String name,
        @Schema(examples = "#C8102E", description = "Printed colour; types should be easy to tell apart")
        @NotNull @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{huiwu.colour}") String colour,
        @Schema(examples = "CX", description = "Number prefix: CX0001, CX0002...")
        @NotNull @Pattern(regexp = "[A-Z0-9]{1,8}", message = "{huiwu.prefix}") String prefix,
        @Schema(description = "The categories it is issued to: at least one for a type for people, none for a type"
                + " for vehicles") @NotNull Set<@NotNull Category> categories,
        @Schema(description = "Who holds it: PERSON (the default) or VEHICLE (车辆通行证, issued to a vehicle"
                + " logistics registered); fixed once one is issued") @Nullable CredentialHolder holder,
        @Schema(description = "座次证: the card prints the holder's seat (only for a type for people)")
        @Nullable Boolean seatPass) {

    public CredentialHolder holderOrDefault() {
        return holder == null ? CredentialHolder.PERSON : holder;
    }

    public boolean isSeatPass() {
        return Boolean.TRUE.equals(seatPass);
    }
}
