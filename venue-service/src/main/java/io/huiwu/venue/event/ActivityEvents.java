package io.huiwu.venue.event;

import io.huiwu.chassis.outbox.Outbox;
import io.huiwu.venue.persistence.SessionEntity;
import io.huiwu.venue.persistence.SignUpEntity;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Publishes sign-ups to activities on topic {@value #TOPIC}, keyed by session id so that one activity's events keep
 * their order: {@code activity-signed-up} when a person signs up (CONFIRMED or WAITING) and again, CONFIRMED, when a
 * waiting person is given a place; {@code activity-sign-up-withdrawn} when a sign-up is withdrawn, as it stood.
 * Logistics plans transport and meals from them.
 */
@ApplicationScoped
public class ActivityEvents {

    public static final String TOPIC = "venue.activity";
    public static final String SIGNED_UP = "activity-signed-up";
    public static final String WITHDRAWN = "activity-sign-up-withdrawn";

    private final Outbox outbox;

    public ActivityEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The data of both events. Schema: {@code ActivitySignUp} in {@code asyncapi/asyncapi.yaml}. */
    public record SignUp(UUID signUpId, UUID meetingId, UUID sessionId, String activity, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String place, UUID attendeeId, String name, String status, long ordinal,
            OffsetDateTime signedUpAt, OffsetDateTime confirmedAt) {
    }

    public void signedUp(SessionEntity session, SignUpEntity signUp) {
        outbox.publish(TOPIC, SIGNED_UP, session.id.toString(), data(session, signUp));
    }

    public void withdrawn(SessionEntity session, SignUpEntity signUp) {
        outbox.publish(TOPIC, WITHDRAWN, session.id.toString(), data(session, signUp));
    }

    private static SignUp data(SessionEntity session, SignUpEntity s) {
        return new SignUp(s.id, s.meetingId, s.sessionId, session.name, session.startsAt, session.endsAt,
                session.place, s.attendeeId, s.name, s.status, s.ordinal, s.signedUpAt, s.confirmedAt);
    }
}
