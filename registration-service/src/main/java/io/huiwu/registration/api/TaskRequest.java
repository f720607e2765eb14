package io.huiwu.registration.api;

import io.huiwu.registration.domain.TaskStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "TaskRequest", description = "A task of the task plan (实施计划)")
public record TaskRequest(
        @Schema(examples = "印制出席证、列席证") @NotBlank @Size(max = 200) String title,
        @Schema(description = "The working group responsible") UUID groupId,
        @Schema(examples = "陈晓") @NotBlank @Size(max = 100) String owner,
        @NotNull OffsetDateTime deadline,
        @Schema(examples = "颜色醒目、互相区别，报到前一天完成") @Size(max = 2000) String requirement,
        @Schema(description = "TODO when absent") TaskStatus status) {
}
