package io.huiwu.documents.persistence;

import io.huiwu.documents.domain.Classification;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The highest mark whose copies the organiser lets be handed over to a holder's unit in a meeting. */
@Entity
@Table(name = "hand_over_policy")
public class HandoverPolicyEntity {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "highest_level", nullable = false)
    public Classification highestLevel;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;

    @Version
    public long version;

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<HandoverPolicyEntity, UUID> {
    }
}
