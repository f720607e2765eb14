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
import io.huiwu.chassis.problem.Message;
import io.huiwu.chassis.problem.ProblemException;
import io.huiwu.registration.api.CredentialView;
import io.huiwu.registration.domain.CredentialStatus;
import io.huiwu.registration.persistence.AttendeeEntity;
import io.huiwu.registration.persistence.AttendeeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Printable credentials (PDF): each card has a band in its type's colour with the type's name, the holder's name,
 * delegation or unit, title, the credential number and its QR code. One card to a page (A6), or 4 or 8 to an A4
 * page for cutting. The text is set in {@link PrintFont}, embedded, so the cards print the same on any machine.
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

    public CredentialPrinting(CredentialService credentials, AttendeeRepository attendees) {
        this.credentials = credentials;
        this.attendees = attendees;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] print(UUID meetingId, List<UUID> ids, UUID typeId, PrintLayout layout) {
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
        Map<UUID, AttendeeEntity> holders = attendees.find("id in ?1",
                cards.stream().map(CredentialView::attendeeId).collect(Collectors.toSet())).list().stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        try {
            return render(cards, holders, layout);
        } catch (DocumentException | IOException | WriterException e) {
            throw new IllegalStateException("could not render the credentials", e);
        }
    }

    private static byte[] render(List<CredentialView> cards, Map<UUID, AttendeeEntity> holders, PrintLayout layout)
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
            CredentialView card = cards.get(i);
            card(canvas, font, card, holders.get(card.attendeeId()), x, y, cellWidth, cellHeight);
        }
        document.close();
        return out.toByteArray();
    }

    private static void card(PdfContentByte canvas, BaseFont font, CredentialView card, AttendeeEntity holder,
            float x, float y, float width, float height) throws WriterException {
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
        // band in the type's colour with its name
        float band = (top - bottom) * 0.18f;
        canvas.setColorFill(Color.decode(card.colour()));
        canvas.rectangle(left, top - band, inner, band);
        canvas.fill();
        text(canvas, font, card.typeName(), Color.WHITE, band * 0.55f, left + inner / 2, top - band * 0.7f);
        // the holder
        float nameSize = Math.min(inner / Math.max(3, card.attendeeName().length()) * 0.9f, band * 0.9f);
        float cursor = top - band - nameSize * 1.4f;
        text(canvas, font, card.attendeeName(), Color.BLACK, nameSize, left + inner / 2, cursor);
        float smallSize = nameSize * 0.42f;
        String affiliation = holder == null ? null : holder.delegation != null ? holder.delegation : holder.unit;
        if (affiliation != null) {
            cursor -= smallSize * 1.8f;
            text(canvas, font, affiliation, Color.DARK_GRAY, smallSize, left + inner / 2, cursor);
        }
        if (holder != null && holder.title != null) {
            cursor -= smallSize * 1.5f;
            text(canvas, font, holder.title, Color.DARK_GRAY, smallSize, left + inner / 2, cursor);
        }
        // QR code and number
        float qrSize = Math.min(inner * 0.5f, cursor - bottom - smallSize * 3f);
        qr(canvas, card.payload(), left + (inner - qrSize) / 2, bottom + smallSize * 2.2f, qrSize);
        text(canvas, font, "No. " + card.number(), Color.BLACK, smallSize, left + inner / 2, bottom + smallSize * 0.8f);
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
