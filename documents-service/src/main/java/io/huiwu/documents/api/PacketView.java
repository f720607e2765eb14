package io.huiwu.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A person's packet: the documents their distribution lists give them, and the copy they hold of each. */
public record PacketView(UUID attendeeId, String name, String delegation,
        @Schema(description = "The desk where they checked in, while the packet is due there") String dueAtDesk,
        @Schema(description = "When the packet was issued, once it was") OffsetDateTime issuedAt,
        List<Item> documents) {

    public record Item(UUID documentId, String title,
            @Schema(description = "The copy they hold; null while it is still to be issued") UUID copyId,
            String copyNumber) {
    }
}
