package io.huiwu.registration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoticeRequest", description = "A notice (会议通知) with its eight elements; for a supplementary notice,"
        + " the whole notice as it now stands and a summary of what changed")
public record NoticeRequest(
        @Schema(description = "会名", examples = "关于召开省政协十三届三次会议的通知") @NotBlank @Size(max = 200) String name,
        @Schema(description = "主要内容") @NotBlank @Size(max = 5000) String content,
        @Schema(description = "参加人员") @NotBlank @Size(max = 2000) String participants,
        @Schema(description = "报到时间 (and place)") @NotBlank @Size(max = 500) String checkIn,
        @Schema(description = "会期") @NotBlank @Size(max = 500) String duration,
        @Schema(description = "会址") @NotBlank @Size(max = 500) String venue,
        @Schema(description = "着装") @NotBlank @Size(max = 500) String dress,
        @Schema(description = "注意事项: what to bring, whom to report, pickup needs, contacts")
        @NotBlank @Size(max = 5000) String notes,
        @Schema(description = "For a supplementary notice: what changed") @Size(max = 500) String changeSummary) {
}
