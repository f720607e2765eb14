package io.huiwu.venue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<AttendeeEntity, UUID> {
}
