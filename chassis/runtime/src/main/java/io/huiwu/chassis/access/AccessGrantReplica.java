package io.huiwu.chassis.access;

import io.huiwu.chassis.inbox.EventSubscriber;
import io.huiwu.chassis.inbox.Subscription;
import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps this service's copy of the meetings' grants from {@code staff-granted} and {@code staff-revoked}. Every
 * service has it except registration, which owns grants ({@code huiwu.access.owner=true}).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "huiwu.access.owner", stringValue = "true", enableIfMissing = true)
public class AccessGrantReplica implements EventSubscriber {

    public static final String GRANTED = "staff-granted";
    public static final String REVOKED = "staff-revoked";

    private final AccessGrants grants;
    private final AccessConfig config;

    public AccessGrantReplica(AccessGrants grants, AccessConfig config) {
        this.grants = grants;
        this.config = config;
    }

    @Override
    public Subscription subscription() {
        return Subscription.topic(config.topic())
                .on(GRANTED, Grant.class, (grant, event) -> grants.apply(grant))
                .on(REVOKED, Grant.class, (grant, event) -> grants.apply(grant));
    }
}
