package io.huiwu.registration.event;

import io.huiwu.chassis.access.AccessGrantReplica;
import io.huiwu.chassis.access.Grant;
import io.huiwu.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes {@code staff-granted} and {@code staff-revoked} on topic {@value #TOPIC}, keyed by meeting id, so that
 * every service enforces the same grants (each keeps a replica in the chassis). The data is the grant as it stands
 * after the change.
 */
@ApplicationScoped
public class AccessEvents {

    public static final String TOPIC = "registration.access";
    public static final String GRANTED = AccessGrantReplica.GRANTED;
    public static final String REVOKED = AccessGrantReplica.REVOKED;

    private final Outbox outbox;

    public AccessEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(Grant grant) {
        outbox.publish(TOPIC, grant.active() ? GRANTED : REVOKED, grant.meetingId().toString(), grant);
    }
}
