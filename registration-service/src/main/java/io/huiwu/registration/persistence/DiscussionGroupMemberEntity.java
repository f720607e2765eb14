package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "discussion_group_member")
@IdClass(DiscussionGroupMemberEntity.Key.class)
public class DiscussionGroupMemberEntity {

    @Id
    @Column(name = "group_id")
    public UUID groupId;

    @Id
    @Column(name = "attendee_id")
    public UUID attendeeId;

    @Column(nullable = false)
    public boolean convener;

    public record Key(UUID groupId, UUID attendeeId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
