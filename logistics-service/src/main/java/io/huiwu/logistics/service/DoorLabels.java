package io.huiwu.logistics.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import io.huiwu.logistics.domain.StayStatus;
import io.huiwu.logistics.event.LodgingSnapshot;
import io.huiwu.logistics.persistence.HotelEntity;
import io.huiwu.logistics.persistence.LodgingRepositories;
import io.huiwu.logistics.persistence.LodgingRoster;
import io.huiwu.logistics.persistence.RoomEntity;
import io.huiwu.logistics.persistence.StayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Door labels (门贴) of a hotel, set in {@link PrintFont} (embedded): an A5 landscape page per room with a stay booked
 * or arrived, framed, with the hotel at the top, the room number large, and each occupant's name with their
 * delegation under it, in bed order.
 */
@ApplicationScoped
public class DoorLabels {

    private static final Color ACCENT = new Color(0xB0, 0x1E, 0x1E);

    private final RoomingListService lists;
    private final LodgingRepositories.Rooms rooms;
    private final LodgingRepositories.Stays stays;
    private final LodgingRoster roster;

    public DoorLabels(RoomingListService lists, LodgingRepositories.Rooms rooms, LodgingRepositories.Stays stays,
            LodgingRoster roster) {
        this.lists = lists;
        this.rooms = rooms;
        this.stays = stays;
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] print(UUID meetingId, UUID hotelId) {
        HotelEntity hotel = lists.hotel(meetingId, hotelId);
        Map<UUID, RoomEntity> roomsById = rooms.list("hotelId", hotel.id).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, LodgingSnapshot> people = roster.active(meetingId).stream()
                .collect(Collectors.toMap(LodgingSnapshot::attendeeId, Function.identity()));
        Map<RoomEntity, List<StayEntity>> byRoom = stays.list("hotelId = ?1 and status <> ?2", hotel.id,
                StayStatus.CANCELLED).stream().filter(s -> roomsById.containsKey(s.roomId))
                .sorted(Comparator.comparingInt(s -> s.bed))
                .collect(Collectors.groupingBy(s -> roomsById.get(s.roomId), LinkedHashMap::new,
                        Collectors.toList()));
        List<RoomEntity> ordered = byRoom.keySet().stream().sorted(Comparator.comparing((RoomEntity r) -> r.number
                .length()).thenComparing(r -> r.number)).toList();
        try {
            BaseFont font = PrintFont.forDocument();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A5.rotate(), 40, 40, 34, 30);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(hotel.name + " 门贴");
            document.open();
            if (ordered.isEmpty()) {
                document.add(new Paragraph(hotel.name + "：尚无入住安排。", new Font(font, 14)));
            }
            boolean first = true;
            for (RoomEntity room : ordered) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                label(document, writer.getDirectContent(), font, hotel, room, byRoom.get(room), people);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("could not print the door labels", e);
        }
    }

    private static void label(Document document, PdfContentByte canvas, BaseFont font, HotelEntity hotel,
            RoomEntity room, List<StayEntity> occupants, Map<UUID, LodgingSnapshot> people) throws DocumentException {
        Rectangle page = document.getPageSize();
        Rectangle frame = new Rectangle(20, 20, page.getWidth() - 20, page.getHeight() - 20);
        frame.setBorder(Rectangle.BOX);
        frame.setBorderWidth(2);
        frame.setBorderColor(ACCENT);
        canvas.rectangle(frame);
        Paragraph heading = new Paragraph(hotel.name, new Font(font, 14, Font.NORMAL, Color.DARK_GRAY));
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph number = new Paragraph(110, room.number, new Font(font, 100, Font.BOLD, ACCENT));
        number.setAlignment(Element.ALIGN_CENTER);
        number.setSpacingAfter(16);
        document.add(number);
        int size = occupants.size() > 2 ? 20 : 26;
        for (StayEntity stay : occupants) {
            LodgingSnapshot person = people.get(stay.attendeeId);
            Paragraph name = new Paragraph(person == null ? "" : person.name(), new Font(font, size, Font.BOLD));
            name.setAlignment(Element.ALIGN_CENTER);
            document.add(name);
            if (person != null && person.delegation() != null) {
                Paragraph delegation = new Paragraph(person.delegation(), new Font(font, size * 0.55f,
                        Font.NORMAL, Color.DARK_GRAY));
                delegation.setAlignment(Element.ALIGN_CENTER);
                delegation.setSpacingAfter(6);
                document.add(delegation);
            }
        }
    }
}
