package io.huiwu.documents.service;

import io.huiwu.documents.api.GuidePageView;

import java.util.Optional;
import java.util.UUID;

/**
 * The pickup (接站) a person's page of the guide prints. Pickups come from logistics' {@code pickup-scheduled}; until
 * this service keeps them, {@link NoGuidePickups} answers none and the page prints "—". A bean implementing this
 * interface replaces it.
 */
public interface GuidePickups {

    Optional<GuidePageView.Pickup> pickupOf(UUID meetingId, UUID attendeeId);
}
