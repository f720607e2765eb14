package io.huiwu.documents.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Someone who checked in at a desk and whose packet has not been issued yet. */
public record PacketDueView(UUID attendeeId, String name, String delegation, UUID listId, String listName,
        OffsetDateTime checkedInAt) {
}
