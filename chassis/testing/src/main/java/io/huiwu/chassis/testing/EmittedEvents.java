package io.huiwu.chassis.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every event a service has put on the topics it publishes against its own AsyncAPI document: each type must be
 * declared on its topic and each event's data must validate against the type's schema. Run after the service's other
 * tests, it checks every event they made it emit.
 */
public final class EmittedEvents {

    private EmittedEvents() {
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
