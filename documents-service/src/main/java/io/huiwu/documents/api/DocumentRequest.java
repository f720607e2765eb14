package io.huiwu.documents.api;

import io.huiwu.documents.domain.Classification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentRequest", description = "A document to register: its mark (密级★期限, or 内部, or none)")
public record DocumentRequest(
        @Schema(examples = "关于本次大会选举办法的说明") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Who issued it", examples = "大会秘书处") @NotBlank @Size(max = 200) String issuingBody,
        @Schema(description = "密级: CONFIDENTIAL 秘密, SECRET 机密, TOP_SECRET 绝密; none for 内部 or public documents",
                enumeration = {"CONFIDENTIAL", "SECRET", "TOP_SECRET"}) Classification secretLevel,
        @Schema(description = "保密期限 in years, with a secret level only: at most 10 (秘密), 20 (机密), 30 (绝密)")
        @Min(1) @Max(30) Integer termYears,
        @Schema(description = "内部: a work secret, not a secret level; never together with secretLevel")
        Boolean internal,
        @NotNull @Min(1) @Max(100_000) Integer pages,
        @Schema(description = "Whether copies must come back (清退); by default those of secret documents do")
        Boolean mustReturn) {
}
