package io.huiwu.registration.service;

import io.agroal.api.AgroalDataSource;
import io.huiwu.registration.domain.CheckInRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the door looks like on a dashboard: {@code huiwu.checkin.scans} counts the scans answered per list, direction
 * and result (admitted, or the refusal's reason), so that a rate gives check-ins per minute per list; and
 * {@code huiwu.checkin.inside} is how many people each list has inside now, read from the database every
 * {@code huiwu.checkin.metrics-interval} (30 s) for the lists of meetings that are not closed, so that every replica
 * reports the same figure.
 */
@ApplicationScoped
public class CheckInMetrics {

    private static final Logger LOG = Logger.getLogger(CheckInMetrics.class);
    private static final String INSIDE = "select l.meeting_id, l.id, l.name,"
            + " count(p.attendee_id) filter (where p.inside)"
            + " from checkin_list l join meeting m on m.id = l.meeting_id"
            + " left join checkin_presence p on p.list_id = l.id"
            + " where m.phase <> 'CLOSED' group by l.meeting_id, l.id, l.name";

    private final AgroalDataSource dataSource;
    private final MeterRegistry registry;
    private final MultiGauge inside;
    private final Map<String, Counter> scans = new ConcurrentHashMap<>();

    public CheckInMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.inside = MultiGauge.builder("huiwu.checkin.inside")
                .description("People inside per check-in list (meetings not closed), as last read").register(registry);
    }

    /** A scan answered on a list (its id and name): admitted when there is no refusal. */
    public void scanned(UUID meetingId, UUID listId, String listName, CheckInRules.CheckInDirection direction,
            CheckInRules.Reason refusal) {
        String result = refusal == null ? "admitted" : refusal.code();
        String key = listId + "/" + listName + "/" + direction + "/" + result;
        scans.computeIfAbsent(key, ignored -> Counter.builder("huiwu.checkin.scans")
                .description("Scans answered at check-in lists, by list, direction and result")
                .tags("meeting", meetingId.toString(), "list", listId.toString(), "name", listName,
                        "direction", direction.name(), "result", result)
                .register(registry)).increment();
    }

    /** Reads the people inside per list again (on the schedule; a test calls it at once). */
    @Scheduled(every = "${huiwu.checkin.metrics-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refreshInside() {
        try {
            inside.register(readInside(), true);
        } catch (SQLException e) {
            LOG.debugf("Could not read the people inside for the metrics: %s", e.getMessage());
        }
    }

    List<MultiGauge.Row<?>> readInside() throws SQLException {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(INSIDE);
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(MultiGauge.Row.of(Tags.of("meeting", row.getString(1), "list", row.getString(2),
                        "name", row.getString(3)), row.getLong(4)));
            }
        }
        return rows;
    }
}
