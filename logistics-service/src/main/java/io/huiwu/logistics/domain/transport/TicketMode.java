package io.huiwu.logistics.domain.transport;

/** How a departing person travels on the ticket staff book for them. */
public enum TicketMode {
    TRAIN("火车"),
    FLIGHT("航班");

    private final String label;

    TicketMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
