package io.huiwu.logistics.domain.transport;

/** The kinds of vehicle a meeting uses, as the pickup table prints them. */
public enum VehicleKind {
    /** A car with a driver. */
    CAR("轿车"),
    /** A car for leaders: its riders take their seats by protocol (rear right, rear left, front passenger). */
    VIP_CAR("贵宾车"),
    /** A minibus (中巴). */
    MINIBUS("中巴"),
    /** A coach (大巴). */
    BUS("大巴");

    private final String label;

    VehicleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
