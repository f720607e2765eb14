package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "meeting_task")
public class TaskEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "group_id")
    public UUID groupId;

    @Column(nullable = false)
    public String title;

    public String requirement;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Version
    public long version;
}
