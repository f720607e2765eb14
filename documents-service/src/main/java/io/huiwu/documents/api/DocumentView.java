package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Document", description = "A registered document and its mark")
public record DocumentView(
        UUID id,
        UUID meetingId,
        String title,
        String issuingBody,
        @Schema(description = "PUBLIC, INTERNAL (内部), CONFIDENTIAL (秘密), SECRET (机密) or TOP_SECRET (绝密)")
        Classification classification,
        @Schema(description = "保密期限 in years, for a secret level") Integer termYears,
        @Schema(description = "The mark as printed", examples = "机密★20年") String marking,
        int pages,
        boolean mustReturn,
        @Schema(description = "How many copies are numbered") long copies,
        String createdBy,
        OffsetDateTime createdAt,
        long version) {
}
