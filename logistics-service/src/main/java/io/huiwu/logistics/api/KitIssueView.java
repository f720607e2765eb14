package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "KitIssue", description = "A kit handed to a person")
public record KitIssueView(UUID id, UUID kitId, String kit, UUID attendeeId, String name, String issuedBy,
        OffsetDateTime issuedAt) {
}
