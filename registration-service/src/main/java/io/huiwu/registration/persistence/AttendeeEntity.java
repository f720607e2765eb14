package io.huiwu.registration.persistence;

import io.huiwu.registration.domain.AttendeeStatus;
import io.huiwu.registration.domain.Category;
import io.huiwu.registration.domain.DelegationRole;
import io.huiwu.registration.domain.Diet;
import io.huiwu.registration.domain.Gender;
import io.huiwu.registration.domain.Grade;
import io.huiwu.registration.domain.IdDocumentType;
import io.huiwu.registration.domain.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "attendee")
public class AttendeeEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String delegation;

    public String unit;

    public String title;

    @Column(name = "rank")
    public Integer rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendeeStatus status;

    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    public IdDocumentType idType;

    @Column(name = "id_number")
    public String idNumber;

    /** For accompanying people (drivers, family): the attendee they accompany. */
    @Column(name = "principal_id")
    public UUID principalId;

    /** The two-digit code of GB/T 3304. */
    public String ethnicity;

    public String sector;

    @Enumerated(EnumType.STRING)
    public Party party;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_role")
    public DelegationRole delegationRole;

    @Convert(converter = DietColumn.class)
    @Column(nullable = false)
    public Set<Diet> diet = EnumSet.noneOf(Diet.class);

    @Column(name = "accessibility_needs")
    public String accessibilityNeeds;

    /** Health information: shown to organizers and the attendee only, never published. */
    @Column(name = "health_needs")
    public String healthNeeds;

    /** The name in pinyin without tones, for search. */
    @Column(nullable = false)
    public String pinyin;

    @Column(name = "pinyin_initials", nullable = false)
    public String pinyinInitials;

    /** ICU sort key for the order by surname strokes. */
    @Column(name = "stroke_key")
    public byte[] strokeKey;

    /** ICU sort key for the order by pinyin. */
    @Column(name = "pinyin_key")
    public byte[] pinyinKey;

    /** Who made the current version; they may not verify it. */
    @Column(name = "last_edited_by", nullable = false)
    public String lastEditedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
