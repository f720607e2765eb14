package io.huiwu.logistics.persistence;

import io.agroal.api.AgroalDataSource;
import io.huiwu.chassis.events.EventCodec;
import io.huiwu.logistics.domain.dining.Diet;
import io.huiwu.logistics.event.DiningSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The meeting's active roster entries (the chassis's replica) as dining reads them, with each person's diets: the
 * roster's when it gives any, else those staff recorded here.
 */
@ApplicationScoped
public class DiningRoster {

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;

    public DiningRoster(AgroalDataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /** A person as dining knows them. */
    public record Diner(DiningSnapshot entry, Set<Diet> diet, boolean dietFromRoster) {
    }

    /** Everyone of the meeting who has not withdrawn, in the roster's stroke order. */
    public List<Diner> active(UUID meetingId) {
        Map<UUID, Set<Diet>> recorded = recordedDiets(meetingId);
        List<Diner> people = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select snapshot from roster_attendee"
                        + " where meeting_id = ? and not withdrawn order by stroke_key, id")) {
            select.setObject(1, meetingId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(diner(read(rows.getString("snapshot")), recorded));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the roster of meeting " + meetingId, e);
        }
        return people;
    }

    private static Diner diner(DiningSnapshot entry, Map<UUID, Set<Diet>> recorded) {
        Set<Diet> fromRoster = Diet.read(entry.diet());
        if (!fromRoster.isEmpty()) {
            return new Diner(entry, fromRoster, true);
        }
        return new Diner(entry, recorded.getOrDefault(entry.attendeeId(), EnumSet.noneOf(Diet.class)), false);
    }

    /** The diets staff recorded, by person. */
    public Map<UUID, Set<Diet>> recordedDiets(UUID meetingId) {
        Map<UUID, Set<Diet>> diets = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select attendee_id, diet from attendee_diet"
                + " where meeting_id = ?1").setParameter(1, meetingId).getResultList();
        for (Object[] row : rows) {
            diets.put((UUID) row[0], Diet.read(Arrays.asList(((String) row[1]).split(","))));
        }
        return diets;
    }

    /** Records someone's diets (none: forgets them), in the caller's transaction. */
    public void recordDiet(UUID meetingId, UUID attendeeId, Set<Diet> diet, String actor, OffsetDateTime at) {
        entityManager.createNativeQuery("delete from attendee_diet where meeting_id = ?1 and attendee_id = ?2")
                .setParameter(1, meetingId).setParameter(2, attendeeId).executeUpdate();
        if (diet.isEmpty()) {
            return;
        }
        String codes = EnumSet.copyOf(diet).stream().map(Diet::name).collect(Collectors.joining(","));
        entityManager.createNativeQuery("insert into attendee_diet (meeting_id, attendee_id, diet, updated_by,"
                + " updated_at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, meetingId).setParameter(2, attendeeId)
                .setParameter(3, codes).setParameter(4, actor).setParameter(5, at).executeUpdate();
    }

    private static DiningSnapshot read(String snapshot) {
        try {
            return EventCodec.mapper().readValue(snapshot, DiningSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
