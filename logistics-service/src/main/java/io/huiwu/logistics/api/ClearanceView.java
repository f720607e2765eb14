package io.huiwu.logistics.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jetbrains.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

@Schema(name = "Clearance", description = "Whether the person still holds numbered copies that must come back (清退),"
        + " as documents-service last reported it")
public record ClearanceView(
        @Schema(description = "CLEARED, BLOCKED (copies still due) or UNKNOWN (nothing reported yet)",
                enumeration = {"CLEARED", "BLOCKED", "UNKNOWN"}) String status,
        @Schema(description = "The copies still due when BLOCKED") List<Due> due,
        @Schema(description = "When documents checked or cleared the person") @Nullable OffsetDateTime at) {

    public static final ClearanceView UNKNOWN = new ClearanceView("UNKNOWN", List.of(), null);

    @Schema(name = "ClearanceDue")
    public record Due(String document, @Schema(description = "份号", examples = "000123") String copyNumber,
            @Schema(description = "ISSUED or LOANED") String state) {
    }

    /** The copies due as one line: 文件名 第000123号, ... */
    public String dueText() {
        return String.join("、", due.stream().map(d -> d.document() + " 第" + d.copyNumber() + "号").toList());
    }
}
