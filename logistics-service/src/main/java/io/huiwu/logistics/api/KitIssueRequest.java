package io.huiwu.logistics.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "KitIssueRequest", description = "Hand a kit to a person (the scan at the desk)")
public record KitIssueRequest(@Schema(description = "Who receives it") @NotNull UUID attendeeId) {
}
