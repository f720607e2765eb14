package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.Classification;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A line of the destruction register (销毁登记); written once, never changed (the table refuses it). */
@Entity
@Immutable
@Table(name = "destruction_register")
public class DestructionRegisterEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "copy_id", nullable = false)
    public UUID copyId;

    @Column(name = "copy_number", nullable = false, columnDefinition = "bpchar")
    public String copyNumber;

    @Column(name = "document_title", nullable = false)
    public String documentTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    @Column(nullable = false)
    public String approval;

    /** Who asked for it. */
    @Column(name = "first_supervisor", nullable = false)
    public String firstSupervisor;

    /** Who confirmed it: never the first. */
    @Column(name = "second_supervisor", nullable = false)
    public String secondSupervisor;

    @Column(name = "destroyed_at", nullable = false)
    public OffsetDateTime destroyedAt;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The copy's DESTROYED entry. */
    @Column(name = "ledger_entry", nullable = false)
    public int ledgerEntry;

    public String note;
}
