package io.huiwu.registration.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

@Entity
@Table(name = "discussion_group")
public class DiscussionGroupEntity {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String name;

    public String room;

    @Column(nullable = false)
    public int position;

    /** How many seats the group asks venue for in its room. */
    @Column(name = "requested_room_size")
    public Integer requestedRoomSize;

    @Version
    public long version;
}
