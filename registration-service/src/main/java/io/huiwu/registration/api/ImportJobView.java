package io.huiwu.registration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportJob", description = "A roster import: all rows are imported, or none when any row is refused")
public record ImportJobView(
        UUID id,
        UUID meetingId,
        @Nullable String fileName,
        @Schema(enumeration = {"CSV", "XLSX"}) String format,
        @Schema(enumeration = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED"}) String status,
        int totalRows,
        @Schema(description = "Rows checked so far") int processedRows,
        int imported,
        @Schema(description = "Every refused row with its number in the file (the heading is row 1) and why")
        List<RowError> errors,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime finishedAt) {

    @Schema(name = "ImportRowError")
    public record RowError(int row, @Nullable String field, String message) {
    }
}
