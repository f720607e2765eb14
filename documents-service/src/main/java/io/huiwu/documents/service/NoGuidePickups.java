package io.huiwu.documents.service;

import io.huiwu.documents.api.GuidePageView;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** No pickups known: the guide prints "—" for each person's pickup until a {@link GuidePickups} bean knows them. */
@DefaultBean
@ApplicationScoped
public class NoGuidePickups implements GuidePickups {

    @Override
    public Optional<GuidePageView.Pickup> pickupOf(UUID meetingId, UUID attendeeId) {
        return Optional.empty();
    }
}
