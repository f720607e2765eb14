package io.huiwu.documents.service;

import io.huiwu.documents.event.GuideSources;
import io.huiwu.documents.persistence.GuideStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Keeps what the attendee guide compiles from other services' events, each in the transaction that records the
 * event in the inbox. Discussion groups carry a version: an older one changes nothing. Seats, rooms and tables
 * carry none, but their events are keyed by the person, so one person's arrive in order; an unassignment takes
 * away only the seat, bed or table it names, so it cannot take away one given after it. Whenever something on a
 * person's page changes, the page's revision moves (dated by the event), which is what tells a reader that the
 * page they printed is out of date.
 */
@ApplicationScoped
public class GuideSourceService {

    private static final Logger LOG = Logger.getLogger(GuideSourceService.class);

    private final GuideStore store;

    public GuideSourceService(GuideStore store) {
        this.store = store;
    }

    /** meeting-updated: the name the guide's title carries. */
    @Transactional
    public void meetingNamed(UUID meetingId, String name, long version) {
        if (name != null) {
            store.keepMeeting(meetingId, name, version);
        }
    }

    /** discussion-group-updated. */
    @Transactional
    public void group(GuideSources.DiscussionGroup group) {
        List<GuideStore.Member> members = group.members() == null ? List.of() : group.members().stream()
                .map(m -> new GuideStore.Member(m.attendeeId(), m.name(), m.delegation(), m.convener())).toList();
        if (!store.keepGroup(new GuideStore.Group(group.groupId(), group.meetingId(), group.version(), group.name(),
                group.position(), group.room(), members, false))) {
            LOG.debugf("group %s version %d is not newer than the copy: ignored", group.groupId(), group.version());
        }
    }

    /** discussion-group-removed: kept, marked removed, so that an older update cannot bring it back. */
    @Transactional
    public void groupRemoved(GuideSources.GroupRemoval removal) {
        if (!store.keepGroup(new GuideStore.Group(removal.groupId(), removal.meetingId(), removal.version() + 1,
                removal.name(), 0, null, List.of(), true))) {
            LOG.debugf("removal of group %s at version %d is older than the copy: ignored", removal.groupId(),
                    removal.version());
        }
    }

    /** seat-assigned: the person's seat in the session's seating, or in the standing layout. */
    @Transactional
    public void seated(GuideSources.Seat seat, OffsetDateTime at) {
        if (store.seat(new GuideStore.Seat(seat.meetingId(), seat.attendeeId(), seat.sessionId(), seat.seatId(),
                seat.seatLabel(), seat.hall(), seat.floor(), seat.block(), seat.row(), seat.number()))) {
            store.bump(seat.meetingId(), seat.attendeeId(), when(at));
        }
    }

    /** seat-unassigned. */
    @Transactional
    public void unseated(GuideSources.Seat seat, OffsetDateTime at) {
        if (store.unseat(seat.meetingId(), seat.attendeeId(), seat.sessionId(), seat.seatId())) {
            store.bump(seat.meetingId(), seat.attendeeId(), when(at));
        }
    }

    /** room-assigned: the bed, with the roommates as the change left them. */
    @Transactional
    public void roomAssigned(GuideSources.Room room, OffsetDateTime at) {
        List<GuideStore.Roommate> roommates = room.roommates() == null ? List.of() : room.roommates().stream()
                .map(r -> new GuideStore.Roommate(r.attendeeId(), r.name())).toList();
        if (store.room(new GuideStore.Room(room.meetingId(), room.attendeeId(), room.hotel(), room.building(),
                room.floor(), room.roomId(), room.room(), room.bed(), room.phone(), roommates))) {
            store.bump(room.meetingId(), room.attendeeId(), when(at));
        }
    }

    /** room-unassigned. */
    @Transactional
    public void roomUnassigned(GuideSources.Room room, OffsetDateTime at) {
        if (store.unroom(room.meetingId(), room.attendeeId(), room.roomId(), room.bed())) {
            store.bump(room.meetingId(), room.attendeeId(), when(at));
        }
    }

    /** table-assigned: the person's seat at a table for one meal. */
    @Transactional
    public void tableAssigned(GuideSources.Table table, OffsetDateTime at) {
        if (store.table(new GuideStore.Table(table.meetingId(), table.attendeeId(), table.mealId(), table.day(),
                table.meal(), table.hall(), table.tableId(), table.table(), table.seat(),
                table.diet() == null ? List.of() : table.diet()))) {
            store.bump(table.meetingId(), table.attendeeId(), when(at));
        }
    }

    /** table-unassigned. */
    @Transactional
    public void tableUnassigned(GuideSources.Table table, OffsetDateTime at) {
        if (store.untable(table.meetingId(), table.attendeeId(), table.mealId(), table.tableId(), table.seat())) {
            store.bump(table.meetingId(), table.attendeeId(), when(at));
        }
    }

    private static OffsetDateTime when(OffsetDateTime at) {
        return at != null ? at : OffsetDateTime.now(ZoneOffset.UTC);
    }
}
