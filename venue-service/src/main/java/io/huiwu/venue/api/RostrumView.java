package io.huiwu.venue.api;

import io.huiwu.venue.domain.RostrumSeating;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Rostrum", description = "A session's rostrum (主席台) as arranged: rows from the front, each from the"
        + " audience's left to right")
public record RostrumView(
        UUID sessionId,
        UUID meetingId,
        RostrumSeating.Side side,
        RostrumSeating.EvenCount evenCount,
        @Schema(description = "Seats per row as asked, the front first") List<Integer> rowSizes,
        List<RowView> rows,
        @Schema(description = "The names of each row as printed for the hall, from the audience's left to right")
        List<PrintedRow> printable,
        @Schema(description = "The arrangement's version, also its ETag") long version,
        OffsetDateTime arrangedAt) {

    @Schema(name = "RostrumRow")
    public record RowView(@Schema(description = "1 is the front row") int row, List<SeatView> seats) {
    }

    @Schema(name = "RostrumSeat")
    public record SeatView(
            @Schema(description = "From the audience's left, from 1") int position,
            @Schema(description = "From the row's centre axis in half seats, positive towards the audience's right")
            int axisOffset,
            UUID attendeeId,
            String name,
            @Schema(description = "Rank among everyone on the rostrum, 1 the highest") int rank,
            boolean pinned,
            @Schema(description = "Why the person sits there") String rule) {
    }

    @Schema(name = "RostrumPrintedRow")
    public record PrintedRow(int row, List<String> names,
            @Schema(examples = "第1排（面向主席台从左至右）：王五　张三　李四") String text) {
    }
}
