package io.huiwu.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "SessionRecordRequest", description = "A new version of a session's host script, minutes or group"
        + " record")
public record SessionRecordRequest(
        @Schema(description = "The version this one replaces, as the writer last read it: 0 for the first")
        @NotNull @Min(0) Integer expectedVersion,
        @Schema(description = "The text") @NotBlank @Size(max = 200000) String text,
        @Schema(description = "A document of the meeting whose file goes with this version (a scan, a docx)")
        UUID documentId,
        @Schema(description = "Recordings of the session, by link") @Size(max = 20)
        List<@Valid @NotNull Recording> recordings) {

    @Schema(name = "Recording", description = "A recording (录音, 录像) kept elsewhere, by its link")
    public record Recording(
            @Schema(examples = "开幕会录像") @Size(max = 200) String title,
            @Schema(description = "An http or https URL", examples = "https://media.example.cn/2027/0305/plenary.mp4")
            @NotBlank @Size(max = 2000) String url) {
    }
}
