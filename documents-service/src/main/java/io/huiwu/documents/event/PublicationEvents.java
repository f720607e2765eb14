package io.huiwu.documents.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.documents.api.PublicationView.Distribution;
import io.huiwu.documents.persistence.PublicationStore.Publication;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes what the meeting's materials staff put out on topic {@value #TOPIC}, keyed by meeting id, through the
 * outbox: {@code minutes-recorded} (a session's minutes marked final), {@code bulletin-published} (会议简报, with
 * its number 第N期) and {@code summary-published} (会议纪要).
 */
@ApplicationScoped
public class PublicationEvents {

    public static final String TOPIC = "documents.publication";
    public static final String MINUTES_RECORDED = "minutes-recorded";
    public static final String BULLETIN_PUBLISHED = "bulletin-published";
    public static final String SUMMARY_PUBLISHED = "summary-published";

    private final Outbox outbox;

    public PublicationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of minutes-recorded. Schema: {@code MinutesRecorded} in {@code asyncapi/asyncapi.yaml}. */
    public record MinutesRecorded(UUID meetingId, UUID sessionId, String session, String sessionKind,
            OffsetDateTime startsAt, int version, UUID documentId, int recordings, String finalisedBy,
            OffsetDateTime finalisedAt) {
    }

    /** The data of bulletin-published. Schema: {@code BulletinPublished}. */
    public record BulletinPublished(UUID meetingId, UUID bulletinId, int issueNumber, String title,
            String issuingBody, String author, String approvedBy, String publishedBy, OffsetDateTime publishedAt,
            Distribution distribution) {
    }

    /** The data of summary-published. Schema: {@code SummaryPublished}. */
    public record SummaryPublished(UUID meetingId, UUID summaryId, String title, String issuingBody,
            UUID supersedes, String author, String approvedBy, String publishedBy, OffsetDateTime publishedAt,
            Distribution distribution) {
    }

    public void bulletinPublished(Publication p, Distribution distribution) {
        outbox.publish(TOPIC, BULLETIN_PUBLISHED, p.meetingId().toString(), new BulletinPublished(p.meetingId(),
                p.id(), p.issueNumber(), p.title(), p.issuingBody(), p.author(), p.approvedBy(), p.publishedBy(),
                p.publishedAt(), distribution));
    }

    public void summaryPublished(Publication p, Distribution distribution) {
        outbox.publish(TOPIC, SUMMARY_PUBLISHED, p.meetingId().toString(), new SummaryPublished(p.meetingId(),
                p.id(), p.title(), p.issuingBody(), p.supersedes(), p.author(), p.approvedBy(), p.publishedBy(),
                p.publishedAt(), distribution));
    }

    public void minutesRecorded(MinutesRecorded minutes) {
        outbox.publish(TOPIC, MINUTES_RECORDED, minutes.meetingId().toString(), minutes);
    }
}
