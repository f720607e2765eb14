package io.huiwu.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "MeetingPlan", description = "会议方案: purpose, form, scale, agenda, budget and leadership")
public record MeetingPlan(
        @Schema(examples = "审议政府工作报告，选举产生新一届领导班子") @Size(max = 2000) @Nullable String purpose,
        @Schema(examples = "全体会议与分组讨论相结合") @Size(max = 100) @Nullable String form,
        @Schema(description = "Expected number of attendees", examples = "720") @Min(1) @Max(100_000)
        @Nullable Integer scale,
        @Schema(description = "Agenda topics (议题)") @Size(max = 100)
        @Nullable List<@NotBlank @Size(max = 300) String> agendaTopics,
        @Schema(description = "Budget in yuan", examples = "1250000.00") @DecimalMin("0") @Digits(integer = 12,
                fraction = 2) @Nullable BigDecimal budget,
        @Schema(description = "The leading group (组织领导)") @Size(max = 50)
        @Nullable List<@Valid @NotNull Leader> leadership) {

    @Schema(name = "PlanLeader")
    public record Leader(@Schema(examples = "王建国") @NotBlank @Size(max = 50) String name,
            @Schema(examples = "组长") @NotBlank @Size(max = 100) String role) {
    }
}
