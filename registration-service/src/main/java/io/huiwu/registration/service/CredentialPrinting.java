package io.huiwu.registration.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.huiwu.chassis.print.PrintFont;
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.chassis.problem.ProblemType;
import io.huiwu.registration.api.CredentialTypeView;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.domain.CredentialStatus;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import io.huiwu.registration.persistence.VehicleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Printable credentials (PDF): each card has a band in its type's colour with the meeting's and the type's name, the
 * holder's name, delegation or unit, title, the credential number and its QR code; a vehicle pass shows the plate,
 * the vehicle's kind and its driver instead, and a seat pass (座次证) the holder's seat in the meeting's standing
 * layout, or that none is assigned yet. One card to a page (A6), or 4 or 8 to an A4 page for cutting. The text is set
 * in {@link PrintFont}, embedded, so the cards print the same on any machine.
 *
 * <p>Only credentials of people whose roster entry is final (its current version verified or let pass) are printed:
 * asked for all (or all of a type), the others are left out and counted; asked for credentials by id, one whose holder
 * is not final is refused, as a revoked one is, since the officer named it on purpose.
 */
@ApplicationScoped
public class CredentialPrinting {

    public enum PrintLayout {
        ONE(1, 1), FOUR(2, 2), EIGHT(2, 4);

        final int columns;
        final int rows;

        PrintLayout(int columns, int rows) {
            this.columns = columns;
            this.rows = rows;
        }
    }

    private final CredentialService credentials;
    private final AttendeeRepository attendees;
    private final VerificationService verification;
    private final MeetingService meetings;
    private final VehicleService vehicles;
    private final ReadinessService readiness;

    public CredentialPrinting(CredentialService credentials, AttendeeRepository attendees,
            VerificationService verification, MeetingService meetings, VehicleService vehicles,
            ReadinessService readiness) {
        this.credentials = credentials;
        this.attendees = attendees;
        this.verification = verification;
        this.meetings = meetings;
        this.vehicles = vehicles;
        this.readiness = readiness;
    }

    /** What a card shows under its band: the holder's name or the plate, and smaller lines under it. */
    private record Face(String headline, List<Line> lines) {
    }

    private record Card(CredentialView credential, Face face) {
    }

    /** A line under the headline, at a scale of the small size, after a gap (in small sizes). */
    private record Line(String text, Color colour, float scale, float gap) {
    }

    /** The PDF, and how many active credentials were left out because their holder's entry is not final. */
    public record Printed(byte[] pdf, int leftOutUnverified) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Printed print(UUID meetingId, List<UUID> ids, UUID typeId, PrintLayout layout) {
        List<CredentialView> cards = ids.isEmpty()
                ? credentials.list(meetingId, null, typeId, CredentialStatus.ACTIVE, true)
                : ids.stream().map(id -> credentials.get(meetingId, id, true)).toList();
        if (cards.isEmpty()) {
            throw ProblemException.notFound(Message.of("Active credential", "有效证件"), typeId == null
                    ? Message.of("of this meeting", "（本次会议）") : Message.of("of type {0}", "（类型 {0}）", typeId));
        }
        for (CredentialView card : cards) {
            if (card.status() != CredentialStatus.ACTIVE) {
                throw ProblemException.conflict(Message.of("Credential {0} is revoked and must not be printed",
                        "证件 {0} 已作废，不得打印", card.number()));
            }
        }
        Set<UUID> holderIds = cards.stream().map(CredentialView::attendeeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, AttendeeEntity> holders = holderIds.isEmpty() ? Map.of() : attendees.find("id in ?1", holderIds)
                .list().stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        int required = meetings.require(meetingId).requiredVerifications;
        Map<UUID, VerificationService.Standing> standings = verification.standings(holderIds);
        List<CredentialView> printable = new ArrayList<>(cards.size());
        for (CredentialView card : cards) {
            if (card.attendeeId() == null) {
                // a vehicle has no roster entry to verify
                printable.add(card);
                continue;
            }
            VerificationService.Standing standing = standings.getOrDefault(card.attendeeId(),
                    VerificationService.Standing.NONE);
            if (standing.state(required).isFinal()) {
                printable.add(card);
            } else if (!ids.isEmpty()) {
                throw notPrintable(card, holders.get(card.attendeeId()), standing, required);
            }
        }
        if (printable.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_VERIFIED, Message.of("None of the {0} active credentials can"
                    + " be printed: the roster entries of their holders are not verified. Have them verified, or an"
                    + " organizer may let an entry pass with a reason", "{0} 张有效证件均不能打印：持证人的名册条目尚未核对确认。"
                    + "请先完成核对，或由组织者说明理由后准予例外", cards.size()));
        }
        try {
            String meetingName = meetings.find(meetingId).map(m -> m.name()).orElse("");
            return new Printed(render(faces(meetingId, printable, holders), layout, meetingName),
                    cards.size() - printable.size());
        } catch (DocumentException | IOException | WriterException e) {
            throw new IllegalStateException("could not render the credentials", e);
        }
    }

    private static ProblemException notPrintable(CredentialView card, AttendeeEntity holder,
            VerificationService.Standing standing, int required) {
        return new ProblemException(ProblemType.NOT_VERIFIED, Message.of("Credential {0} must not be printed: {1}",
                "证件 {0} 不得打印：{1}", card.number(), CredentialService.notVerified(holder, standing, required)
                        .detail()));
    }

    /** Each card with its face: a person's name and lines, or a vehicle's plate; a seat pass its seat. */
    private List<Card> faces(UUID meetingId, List<CredentialView> cards,
            Map<UUID, AttendeeEntity> holders) {
        Set<UUID> seatPassTypes = credentials.listTypes(meetingId).stream().filter(CredentialTypeView::seatPass)
                .map(CredentialTypeView::id).collect(Collectors.toSet());
        Map<UUID, String> seats = readiness.standingSeats(cards.stream()
                .filter(c -> c.attendeeId() != null && seatPassTypes.contains(c.typeId()))
                .map(CredentialView::attendeeId).collect(Collectors.toSet()));
        Map<UUID, VehicleEntity> vehiclesById = vehicles.byId(cards.stream().map(CredentialView::vehicleId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Card> faces = new ArrayList<>(cards.size());
        for (CredentialView card : cards) {
            List<Line> lines = new ArrayList<>();
            if (card.vehicleId() != null) {
                VehicleEntity vehicle = vehiclesById.get(card.vehicleId());
                if (vehicle.kind != null) {
                    lines.add(new Line(vehicle.kind, Color.DARK_GRAY, 1, 1.8f));
                }
                if (vehicle.driver != null) {
                    lines.add(new Line("驾驶员 " + vehicle.driver, Color.DARK_GRAY, 1, lines.isEmpty() ? 1.8f : 1.5f));
                }
                faces.add(new Card(card, new Face(vehicle.plate, lines)));
                continue;
            }
            AttendeeEntity holder = holders.get(card.attendeeId());
            String affiliation = holder == null ? null : holder.delegation != null ? holder.delegation : holder.unit;
            if (affiliation != null) {
                lines.add(new Line(affiliation, Color.DARK_GRAY, 1, 1.8f));
            }
            if (holder != null && holder.title != null) {
                lines.add(new Line(holder.title, Color.DARK_GRAY, 1, 1.5f));
            }
            if (seatPassTypes.contains(card.typeId())) {
                String seat = seats.get(card.attendeeId());
                lines.add(seat == null ? new Line("座位未安排", Color.GRAY, 1.2f, 1.8f)
                        : new Line("座位 " + seat, Color.BLACK, 1.2f, 1.8f));
            }
            faces.add(new Card(card, new Face(card.attendeeName(), lines)));
        }
        return faces;
    }

    private static byte[] render(List<Card> cards, PrintLayout layout, String meetingName)
            throws DocumentException, IOException, WriterException {
        Rectangle page = layout == PrintLayout.ONE ? PageSize.A6 : PageSize.A4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Credentials");
        document.open();
        BaseFont font = PrintFont.forDocument();
        PdfContentByte canvas = writer.getDirectContent();
        float cellWidth = page.getWidth() / layout.columns;
        float cellHeight = page.getHeight() / layout.rows;
        int perPage = layout.columns * layout.rows;
        for (int i = 0; i < cards.size(); i++) {
            if (i > 0 && i % perPage == 0) {
                document.newPage();
            }
            int slot = i % perPage;
            float x = (slot % layout.columns) * cellWidth;
            float y = page.getHeight() - (slot / layout.columns + 1) * cellHeight;
            Card card = cards.get(i);
            card(canvas, font, card.credential(), card.face(), meetingName, x, y, cellWidth, cellHeight);
        }
        document.close();
        return out.toByteArray();
    }

    private static void card(PdfContentByte canvas, BaseFont font, CredentialView card, Face face,
            String meetingName, float x, float y, float width, float height) throws WriterException {
        float margin = Math.min(width, height) * 0.06f;
        float left = x + margin;
        float right = x + width - margin;
        float top = y + height - margin;
        float bottom = y + margin;
        float inner = right - left;
        // cutting frame
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(Color.GRAY);
        canvas.rectangle(left, bottom, inner, top - bottom);
        canvas.stroke();
        // band in the type's colour with the meeting's name and the type's
        float frame = top - bottom;
        float band = frame * 0.2f;
        canvas.setColorFill(Color.decode(card.colour()));
        canvas.rectangle(left, top - band, inner, band);
        canvas.fill();
        text(canvas, font, meetingName, Color.WHITE, fit(meetingName, band * 0.2f, inner), left + inner / 2,
                top - band * 0.3f);
        text(canvas, font, card.typeName(), Color.WHITE, fit(card.typeName(), band * 0.42f, inner),
                left + inner / 2, top - band * 0.82f);
        // the QR code and the number keep their room at the foot; the holder's lines fit in what is left
        String headline = face.headline();
        float numberSize = Math.min(inner / Math.max(3, headline.length()) * 0.9f, band * 0.9f) * 0.42f;
        float qrSize = Math.min(inner * 0.5f, frame * 0.3f);
        float qrBottom = bottom + numberSize * 2.2f;
        float nameSize = Math.min(inner / Math.max(3, headline.length()) * 0.9f, band * 0.9f);
        float smallSize = nameSize * 0.42f;
        float needed = nameSize * 1.4f + smallSize * 0.8f;
        for (Line line : face.lines()) {
            needed += smallSize * (line.gap() + line.scale() - 1);
        }
        float room = top - band - (qrBottom + qrSize);
        if (needed > room) {
            nameSize *= room / needed;
            smallSize *= room / needed;
        }
        float cursor = top - band - nameSize * 1.4f;
        text(canvas, font, headline, Color.BLACK, nameSize, left + inner / 2, cursor);
        for (Line line : face.lines()) {
            cursor -= smallSize * (line.gap() + line.scale() - 1);
            text(canvas, font, line.text(), line.colour(), fit(line.text(), smallSize * line.scale(), inner),
                    left + inner / 2, cursor);
        }
        qr(canvas, card.payload(), left + (inner - qrSize) / 2, qrBottom, qrSize);
        text(canvas, font, "No. " + card.number(), Color.BLACK, numberSize, left + inner / 2,
                bottom + numberSize * 0.8f);
    }

    /** The size at which a line of text fits the width, at most the size wanted. */
    private static float fit(String line, float size, float width) {
        return Math.min(size, width * 0.95f / Math.max(1, line.codePointCount(0, line.length())));
    }

    private static void text(PdfContentByte canvas, BaseFont font, String text, Color colour, float size,
            float centreX, float baseline) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, text, centreX, baseline, 0);
        canvas.endText();
    }

    private static void qr(PdfContentByte canvas, String payload, float x, float y, float size)
            throws WriterException {
        if (size <= 0) {
            return;
        }
        BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        float module = size / matrix.getWidth();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
