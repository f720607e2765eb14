package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.Classification;
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
@Table(name = "document")
public class DocumentEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String title;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Classification classification;

    /** 保密期限 of a secret level, in years. */
    @Column(name = "term_years")
    public Integer termYears;

    @Column(nullable = false)
    public int pages;

    @Column(name = "must_return", nullable = false)
    public boolean mustReturn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
