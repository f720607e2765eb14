package io.huiwu.registration.event;

import io.huiwu.chassis.testing.RecordedSpans;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The tests of this service trace (see application.properties): their spans are kept in memory. */
public class SpanRecording {

    @Produces
    @Singleton
    RecordedSpans recordedSpans() {
        return new RecordedSpans();
    }
}
