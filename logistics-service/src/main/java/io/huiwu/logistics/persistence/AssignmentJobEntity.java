package io.huiwu.logistics.persistence;

import io.huiwu.logistics.domain.JobStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A run of room assignment by rules: its progress, and the plan it proposes (JSON) once done. */
@Entity
@Table(name = "assignment_job")
public class AssignmentJobEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobStatus status;

    @Column(nullable = false)
    public int progress;

    public String phase;

    @Column(nullable = false)
    public String request;

    public String result;

    public String error;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "applied_at")
    public OffsetDateTime appliedAt;

    @Version
    public long version;
}
