package io.huiwu.registration.domain;

/**
 * Who a credential type is issued to (handbook item 5, EVENTS.md "Decisions on ownership"): people of its categories,
 * or vehicles, which belong to logistics and get the 车辆通行证 (vehicle pass) themselves, not their drivers.
 */
public enum CredentialHolder {
    PERSON, VEHICLE
}
