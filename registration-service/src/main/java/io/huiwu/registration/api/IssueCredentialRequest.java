package io.huiwu.registration.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "IssueCredentialRequest")
public record IssueCredentialRequest(@NotNull UUID attendeeId, @NotNull UUID typeId) {
}
