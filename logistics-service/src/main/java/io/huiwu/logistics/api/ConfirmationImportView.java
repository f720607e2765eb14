package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ConfirmationImport", description = "The hotel's confirmation numbers read back: how many stays got"
        + " one, how many already had it, and every row refused")
public record ConfirmationImportView(int applied, int unchanged, int blank, List<RowError> errors) {

    @Schema(name = "ConfirmationRowError", description = "A row refused: its number in the sheet (the header is row"
            + " 1), the column by the hotel's header, and what is wrong (UNKNOWN_GUEST, ROOM_MISMATCH, AMBIGUOUS_GUEST,"
            + " DUPLICATE_CONFIRMATION, INVALID)")
    public record RowError(int row, String column, String code, String message, String messageZh) {
    }
}
