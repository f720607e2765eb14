package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.MeetingPhase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "meeting")
public class MeetingEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** How many distinct members of staff must verify each roster entry: 2 or 3. */
    @Column(name = "required_verifications", nullable = false)
    public int requiredVerifications = 2;

    // the plan (会议方案)
    public String purpose;

    public String form;

    public Integer scale;

    /** Agenda topics as a JSON array of strings. */
    public String agenda;

    public java.math.BigDecimal budget;

    /** The leading group as a JSON array of {name, role}. */
    public String leadership;

    /** Where the meeting stands: before, during, after, closed. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingPhase phase = MeetingPhase.PREPARING;

    @Column(name = "phase_changed_at")
    public OffsetDateTime phaseChangedAt;

    @Column(name = "phase_changed_by")
    public String phaseChangedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "plan_status", nullable = false)
    public io.huiwu.registration.domain.PlanStatus planStatus = io.huiwu.registration.domain.PlanStatus.DRAFT;

    @Column(name = "plan_version", nullable = false)
    public int planVersion = 1;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
