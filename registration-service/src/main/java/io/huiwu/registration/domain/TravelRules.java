package io.huiwu.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * Checks an arrival or departure report before pickups and send-offs are planned from it: a train number looks
 * like G1234, D312, K7, Z19, T110 or C2001; a flight like CA1234 or MU5101; nothing else has a number. An arrival
 * after the meeting ends, or a departure before it starts, is a mistake; so is a trip more than a week away from
 * the meeting.
 */
public final class TravelRules {

    public enum TravelDirection { ARRIVAL, DEPARTURE }

    public enum TravelMode { TRAIN, FLIGHT, CAR, OTHER }

    private static final Pattern TRAIN = Pattern.compile("[GDCZTKYLS]?\\d{1,4}");
    private static final Pattern FLIGHT = Pattern.compile("[A-Z0-9]{2}\\d{1,4}[A-Z]?");

    private TravelRules() {
    }

    /** What can be wrong with a travel report. */
    public enum Fault {
        NOT_A_TRAIN_NUMBER, NOT_A_FLIGHT_NUMBER, NUMBER_NOT_FOR_MODE, ARRIVAL_AFTER_THE_END,
        DEPARTURE_BEFORE_THE_START, FAR_FROM_THE_MEETING
    }

    /** A field and what is wrong with it, or null when the report is sound. */
    public record Problem(String field, Fault fault) {
    }

    public static Problem check(TravelDirection direction, TravelMode mode, String number, OffsetDateTime at,
            LocalDate meetingStart, LocalDate meetingEnd) {
        if (mode == TravelMode.TRAIN && (number == null || !TRAIN.matcher(number).matches())) {
            return new Problem("number", Fault.NOT_A_TRAIN_NUMBER);
        }
        if (mode == TravelMode.FLIGHT && (number == null || !FLIGHT.matcher(number).matches())) {
            return new Problem("number", Fault.NOT_A_FLIGHT_NUMBER);
        }
        if ((mode == TravelMode.CAR || mode == TravelMode.OTHER) && number != null) {
            return new Problem("number", Fault.NUMBER_NOT_FOR_MODE);
        }
        LocalDate day = at.atZoneSameInstant(MeetingTime.ZONE).toLocalDate();
        if (direction == TravelDirection.ARRIVAL && day.isAfter(meetingEnd)) {
            return new Problem("at", Fault.ARRIVAL_AFTER_THE_END);
        }
        if (direction == TravelDirection.DEPARTURE && day.isBefore(meetingStart)) {
            return new Problem("at", Fault.DEPARTURE_BEFORE_THE_START);
        }
        if (day.isBefore(meetingStart.minusDays(7)) || day.isAfter(meetingEnd.plusDays(7))) {
            return new Problem("at", Fault.FAR_FROM_THE_MEETING);
        }
        return null;
    }
}
