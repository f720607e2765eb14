package io.huiwu.documents.guide;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.testing.ServiceTestResources;
import io.huiwu.chassis.testing.TestWaits;
import io.huiwu.documents.event.GuideSources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The groups, seats, rooms and tables the guide shows, kept from their publishers' events. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResources.class, restrictToAnnotatedClass = false)
class GuideSourcesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theReaderTypesReadOnlyWhatThePublishersDeclare() {
        GuideFixture.GROUP.assertReaderFits(GuideSources.DiscussionGroup.class);
        GuideFixture.GROUP_REMOVAL.assertReaderFits(GuideSources.GroupRemoval.class);
        GuideFixture.SEAT.assertReaderFits(GuideSources.Seat.class);
        GuideFixture.ROOM.assertReaderFits(GuideSources.Room.class);
        GuideFixture.TABLE.assertReaderFits(GuideSources.Table.class);
    }

    @Test
    void aGroupIsKeptAtItsNewestVersionAndARemovalIsNotUndoneByAnOlderUpdate() {
        GuideFixture fixture = new GuideFixture();
        UUID group = UUID.randomUUID();
        UUID convener = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        String renamed = GuideFixture.publish(GuideSources.GROUP_TOPIC, "discussion-group-updated",
                fixture.group(group, 2, "第一小组", 1, "第三会议室", List.of(convener), List.of(member)));
        GuideFixture.awaitApplied(dataSource, renamed);
        String stale = GuideFixture.publish(GuideSources.GROUP_TOPIC, "discussion-group-updated",
                fixture.group(group, 1, "旧名称", 1, "旧会议室", List.of(), List.of()));
        GuideFixture.awaitApplied(dataSource, stale);
        assertEquals("第一小组|第三会议室|2|true", GuideFixture.text(dataSource, "select name || '|' || room || '|'"
                + " || version || '|' || (members -> 0 ->> 'convener') from guide_group where group_id = '" + group
                + "'"));
        assertEquals(convener.toString(), GuideFixture.text(dataSource, "select members -> 0 ->> 'attendeeId'"
                + " from guide_group where group_id = '" + group + "'"));

        String removed = GuideFixture.publish(GuideSources.GROUP_TOPIC, "discussion-group-removed",
                fixture.groupRemoval(group, 2, "第一小组"));
        GuideFixture.awaitApplied(dataSource, removed);
        String late = GuideFixture.publish(GuideSources.GROUP_TOPIC, "discussion-group-updated",
                fixture.group(group, 2, "第一小组", 1, "第三会议室", List.of(convener), List.of()));
        GuideFixture.awaitApplied(dataSource, late);
        assertEquals(1, GuideFixture.count(dataSource, "select count(*) from guide_group where group_id = '" + group
                + "' and removed"));
    }

    @Test
    void seatsRoomsAndTablesAreKeptAndEachChangeMovesThePersonsRevision() {
        GuideFixture fixture = new GuideFixture();
        UUID person = UUID.randomUUID();
        UUID roommate = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        UUID lunch = UUID.randomUUID();
        GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-assigned", fixture.seat(person, null, 1, 3, 12));
        GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-assigned", fixture.seat(person, session, 2, 1, 5));
        GuideFixture.publish(GuideSources.LODGING_TOPIC, "room-assigned",
                fixture.room(person, room, "0312", "1", "8312", roommate, "李四"));
        GuideFixture.publish(GuideSources.DINING_TOPIC, "table-assigned",
                fixture.table(person, lunch, LocalDate.of(2027, 3, 5), "LUNCH", "8", "3"));
        await().atMost(TestWaits.DEADLINE).until(() -> revision(fixture, person) == 4);
        assertEquals("1层 3排 12号", GuideFixture.text(dataSource, "select seat_label from guide_seat where attendee_id"
                + " = '" + person + "' and layout = 'STANDING' and session_id is null"));
        assertEquals("2层 1排 5号", GuideFixture.text(dataSource, "select seat_label from guide_seat where attendee_id"
                + " = '" + person + "' and session_id = '" + session + "'"));
        assertEquals("京西宾馆|东楼|0312|1|8312|李四", GuideFixture.text(dataSource, "select hotel || '|' || building"
                + " || '|' || room || '|' || bed || '|' || phone || '|' || (roommates -> 0 ->> 'name')"
                + " from guide_room where attendee_id = '" + person + "'"));
        assertEquals("一号餐厅|8|3|LUNCH|2027-03-05", GuideFixture.text(dataSource, "select hall || '|' ||"
                + " table_number || '|' || seat || '|' || meal || '|' || day from guide_table where attendee_id = '"
                + person + "'"));

        // the same seat again changes nothing on the page; a seat-unassigned for a seat they left does not take
        // away the one they hold
        String again = GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-assigned",
                fixture.seat(person, null, 1, 3, 12));
        GuideFixture.awaitApplied(dataSource, again);
        String left = GuideFixture.publish(GuideSources.SEATING_TOPIC, "seat-unassigned",
                fixture.seat(person, null, 1, 9, 9));
        GuideFixture.awaitApplied(dataSource, left);
        assertEquals(4, revision(fixture, person));
        assertEquals(2, GuideFixture.count(dataSource, "select count(*) from guide_seat where attendee_id = '"
                + person + "'"));

        // the bed given up, and the lunch seat: gone, and the revision moved for each
        GuideFixture.publish(GuideSources.LODGING_TOPIC, "room-unassigned",
                fixture.room(person, room, "0312", "1", "8312", roommate, "李四"));
        GuideFixture.publish(GuideSources.DINING_TOPIC, "table-unassigned",
                fixture.table(person, lunch, LocalDate.of(2027, 3, 5), "LUNCH", "8", "3"));
        await().atMost(TestWaits.DEADLINE).until(() -> revision(fixture, person) == 6);
        assertEquals(0, GuideFixture.count(dataSource, "select count(*) from guide_room where attendee_id = '"
                + person + "'"));
        assertEquals(0, GuideFixture.count(dataSource, "select count(*) from guide_table where attendee_id = '"
                + person + "'"));
    }

    private long revision(GuideFixture fixture, UUID person) {
        return GuideFixture.count(dataSource, "select coalesce(max(revision), 0) from guide_page_revision where"
                + " meeting_id = '" + fixture.meeting + "' and attendee_id = '" + person + "'");
    }
}
