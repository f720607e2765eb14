package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A version of a meeting's plan: its content and status after one change, never altered afterwards. */
@Entity
@Table(name = "meeting_plan_version")
@IdClass(PlanVersionEntity.Key.class)
public class PlanVersionEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** CREATED, EDITED, SUBMIT, APPROVE or RETURN. */
    @Column(nullable = false)
    public String action;

    /** The plan's content as JSON. */
    @Column(nullable = false)
    public String plan;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public OffsetDateTime at;

    public String comment;

    public record Key(UUID meetingId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
