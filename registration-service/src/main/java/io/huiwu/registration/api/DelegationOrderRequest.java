package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DelegationOrderRequest", description = "The agreed order of delegations (约定顺序), first to last")
public record DelegationOrderRequest(
        @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> names) {
}
