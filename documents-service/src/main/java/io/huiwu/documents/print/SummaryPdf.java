package io.huiwu.documents.print;

/**
 * The meeting's summary (会议纪要) as it is printed, in the bulletin's layout ({@link BulletinPdf}): 会议纪要 in red
 * as the masthead, under it whether it is not yet issued (未印发) or replaced by a later one (已被替代), the issuing
 * body and the date, a red rule, the title and the body, and at the foot who it goes to. A4, the chassis's print
 * font embedded.
 */
public final class SummaryPdf {

    public static final String MASTHEAD = "会议纪要";

    private SummaryPdf() {
    }

    /** The summary; {@code state} as its workflow has it (PUBLISHED, SUPERSEDED, or not yet published). */
    public static byte[] write(BulletinPdf.Issue summary, String state) {
        String line = switch (state) {
            case "PUBLISHED" -> null;
            case "SUPERSEDED" -> "（已被替代）";
            default -> "（未印发）";
        };
        return BulletinPdf.write(summary, line);
    }
}
