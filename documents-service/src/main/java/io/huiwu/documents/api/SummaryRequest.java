package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SummaryRequest", description = "The meeting's summary (会议纪要) to draft, or its draft's new text")
public record SummaryRequest(
        @Schema(examples = "第十五届人民代表大会第一次会议纪要") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "大会秘书处") @NotBlank @Size(max = 200) String issuingBody,
        @NotBlank @Size(max = 100000) String body,
        @Schema(description = "The published summary this one replaces once it is published") UUID supersedes) {
}
