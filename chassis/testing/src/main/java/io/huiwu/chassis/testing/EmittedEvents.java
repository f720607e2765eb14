package io.huiwu.chassis.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static org.awaitility.Awaitility.await;

/**
 * Checks every event a service has put on the topics it publishes against its own AsyncAPI document: each type must be
 * declared on its topic and each event's data must validate against the type's schema. Run after the service's other
 * tests, it checks every event they made it emit.
 */
public final class EmittedEvents {

    private EmittedEvents() {
    }

    /**
     * Waits until the service's outbox relay has published everything committed so far, then checks every event the
     * service ({@code source}, e.g. {@code /venue-service}) put on its topics; fails when there is none at all.
     */
    public static void assertAllPublishedConform(DataSource dataSource, String source) {
        await().atMost(TestWaits.DEADLINE).until(() -> unpublished(dataSource) == 0);
        int checked = assertConformToOwnDocument(source);
        if (checked == 0) {
            throw new AssertionError("no event of " + source + " was published at all");
        }
        System.out.println("Checked " + checked + " published events against " + AsyncApiDocument.OWN);
    }

    /** Events committed to the outbox and not yet published. */
    private static long unpublished(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from outbox_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Returns how many events were checked; fails on the first topic with an undeclared or invalid event. */
    public static int assertConformToOwnDocument(String source) {
        Map<String, Map<String, EventContract>> published = AsyncApiDocument.read(AsyncApiDocument.OWN).published();
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, EventContract>> topic : published.entrySet()) {
            for (TopicEvents.Event event : TopicEvents.inTestCluster().all(topic.getKey())) {
                if (!source.equals(event.envelope().path("source").asText())) {
                    continue;
                }
                EventContract contract = topic.getValue().get(event.type());
                if (contract == null) {
                    problems.add(topic.getKey() + " carries " + event.type() + ", which the document does not"
                            + " declare there");
                    continue;
                }
                for (String attribute : List.of("specversion", "id", "type", "subject", "time", "data")) {
                    if (event.envelope().path(attribute).isMissingNode()) {
                        problems.add(event.type() + " " + event.id() + " has no " + attribute);
                    }
                }
                try {
                    contract.assertValid(event.data());
                } catch (AssertionError e) {
                    problems.add(e.getMessage());
                }
                checked++;
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " emitted events do not conform to "
                    + AsyncApiDocument.OWN + ":\n  " + String.join("\n  ", problems.subList(0,
                    Math.min(problems.size(), 20))));
        }
        return checked;
    }
}
