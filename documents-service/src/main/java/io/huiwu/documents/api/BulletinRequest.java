package io.huiwu.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulletinRequest", description = "A bulletin (会议简报) to draft, or its draft's new text")
public record BulletinRequest(
        @Schema(description = "The red title at the top; 会议简报 when none", examples = "大会简报") @Size(max = 100)
        String masthead,
        @Schema(examples = "代表们认真审议政府工作报告") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "大会秘书处") @NotBlank @Size(max = 200) String issuingBody,
        @NotBlank @Size(max = 100000) String body) {
}
