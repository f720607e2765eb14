package io.huiwu.logistics.api;

import io.huiwu.logistics.domain.RoomType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoomBlockUsage", description = "Rooms held against rooms used, per night, hotel and room type, and"
        + " per night over all hotels. A room is used on a night when a stay not cancelled in it covers the night")
public record RoomBlockUsageView(List<Line> lines, List<Total> totals,
        @Schema(description = "Stays not cancelled whose nights are not known yet: not counted") int undatedStays) {

    @Schema(name = "RoomBlockLine")
    public record Line(LocalDate night, UUID hotelId, String hotel, RoomType roomType, int blocked, int used,
            int free, @Schema(description = "Rooms used beyond the block") int over,
            @Schema(description = "More rooms used than held") boolean overBlock) {
    }

    @Schema(name = "RoomBlockTotal", description = "All hotels on one night; a hotel's free rooms do not make up for"
            + " another's over-block")
    public record Total(LocalDate night, int blocked, int used, int free, int over, boolean overBlock) {
    }
}
