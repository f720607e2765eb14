package io.huiwu.logistics.persistence;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.logistics.event.LodgingSnapshot;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The meeting's active roster entries (the chassis's replica) as lodging reads them. */
@ApplicationScoped
public class LodgingRoster {

    private final AgroalDataSource dataSource;

    public LodgingRoster(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Everyone of the meeting who has not withdrawn, in the roster's stroke order. The fields lodging reads are taken
     * out of the stored snapshot by the database: a whole meeting (5,000 people) is read without parsing thousands
     * of JSON documents here.
     */
    public List<LodgingSnapshot> active(UUID meetingId) {
        List<LodgingSnapshot> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id, meeting_id,"
                        + " snapshot->>'name' as name, snapshot->>'gender' as gender,"
                        + " snapshot->>'category' as category, snapshot->>'delegation' as delegation,"
                        + " snapshot->>'gradeLevel' as grade_level, snapshot->>'rank' as rank_text,"
                        + " snapshot->>'principalId' as principal_id,"
                        + " snapshot->>'accessibilityNeeds' as accessibility_needs,"
                        + " case when jsonb_typeof(snapshot->'diet') = 'array' then array(select"
                        + " jsonb_array_elements_text(snapshot->'diet')) end as diet"
                        + " from roster_attendee where meeting_id = ? and not withdrawn order by stroke_key, id")) {
            select.setObject(1, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(row(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the roster of meeting " + meetingId, e);
        }
        return people;
    }

    private static LodgingSnapshot row(ResultSet rows) throws SQLException {
        String principal = rows.getString("principal_id");
        Array diet = rows.getArray("diet");
        return new LodgingSnapshot(rows.getObject("id", UUID.class), rows.getObject("meeting_id", UUID.class),
                rows.getString("name"), rows.getString("gender"), rows.getString("category"),
                rows.getString("delegation"), whole(rows.getString("grade_level")), whole(rows.getString("rank_text")),
                principal == null ? null : UUID.fromString(principal), rows.getString("accessibility_needs"),
                diet == null ? null : Arrays.asList((String[]) diet.getArray()));
    }

    /** A JSON number as an Integer, as the snapshot's reader takes it (4 and 4.0 alike); null when absent. */
    private static Integer whole(String number) {
        return number == null ? null : new BigDecimal(number).intValue();
    }

    /** One active person of the meeting. */
    public Optional<LodgingSnapshot> find(UUID meetingId, UUID attendeeId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot from roster_attendee"
                        + " where id = ? and meeting_id = ? and not withdrawn")) {
            select.setObject(1, attendeeId);
            select.setObject(2, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString("snapshot"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attendee " + attendeeId, e);
        }
    }

    private static LodgingSnapshot read(String snapshot) {
        try {
            return EventCodec.mapper().readValue(snapshot, LodgingSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
