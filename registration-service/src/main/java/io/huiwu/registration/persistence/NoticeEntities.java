package io.huiwu.registration.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Notices, their versions (the original and supplementary notices) and who acknowledged which version. */
public final class NoticeEntities {

    private NoticeEntities() {
    }

    @Entity
    @Table(name = "notice")
    public static class Notice {
        @Id
        public UUID id;

        @Column(name = "meeting_id", nullable = false)
        public UUID meetingId;

        @Column(name = "current_version", nullable = false)
        public int currentVersion;

        @Version
        public long version;
    }

    @Entity
    @Table(name = "notice_version")
    @IdClass(VersionKey.class)
    public static class NoticeVersion {
        @Id
        @Column(name = "notice_id")
        public UUID noticeId;

        @Id
        public int version;

        @Column(nullable = false)
        public String name;

        @Column(nullable = false)
        public String content;

        @Column(nullable = false)
        public String participants;

        @Column(name = "check_in", nullable = false)
        public String checkIn;

        @Column(nullable = false)
        public String duration;

        @Column(nullable = false)
        public String venue;

        @Column(nullable = false)
        public String dress;

        @Column(nullable = false)
        public String notes;

        @Column(name = "change_summary")
        public String changeSummary;

        @Column(name = "issued_by", nullable = false)
        public String issuedBy;

        @Column(name = "issued_at", nullable = false)
        public OffsetDateTime issuedAt;
    }

    public record VersionKey(UUID noticeId, int version) implements Serializable {
        public VersionKey() {
            this(null, 0);
        }
    }

    @Entity
    @Table(name = "notice_acknowledgement")
    @IdClass(AckKey.class)
    public static class Acknowledgement {
        @Id
        @Column(name = "notice_id")
        public UUID noticeId;

        @Id
        public int version;

        @Id
        @Column(name = "attendee_id")
        public UUID attendeeId;

        @Column(name = "acknowledged_at", nullable = false)
        public OffsetDateTime acknowledgedAt;

        @Column(name = "recorded_by", nullable = false)
        public String recordedBy;
    }

    public record AckKey(UUID noticeId, int version, UUID attendeeId) implements Serializable {
        public AckKey() {
            this(null, 0, null);
        }
    }

    @ApplicationScoped
    public static class Notices implements PanacheRepositoryBase<Notice, UUID> {
    }

    @ApplicationScoped
    public static class Versions implements PanacheRepositoryBase<NoticeVersion, VersionKey> {
    }

    @ApplicationScoped
    public static class Acknowledgements implements PanacheRepositoryBase<Acknowledgement, AckKey> {
    }
}
