package io.huiwu.logistics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The repositories of the lodging inventory. */
public final class LodgingRepositories {

    private LodgingRepositories() {
    }

    @ApplicationScoped
    public static class Hotels implements PanacheRepositoryBase<HotelEntity, UUID> {
    }

    @ApplicationScoped
    public static class Buildings implements PanacheRepositoryBase<BuildingEntity, UUID> {
    }

    @ApplicationScoped
    public static class Floors implements PanacheRepositoryBase<FloorEntity, UUID> {
    }

    @ApplicationScoped
    public static class Rooms implements PanacheRepositoryBase<RoomEntity, UUID> {
    }

    @ApplicationScoped
    public static class Assignments implements PanacheRepositoryBase<RoomAssignmentEntity, UUID> {
    }

    @ApplicationScoped
    public static class Jobs implements PanacheRepositoryBase<AssignmentJobEntity, UUID> {
    }

    @ApplicationScoped
    public static class Stays implements PanacheRepositoryBase<StayEntity, UUID> {
    }

    @ApplicationScoped
    public static class RoomHistory implements PanacheRepositoryBase<RoomHistoryEntity, UUID> {
    }

    @ApplicationScoped
    public static class RoomingMappings implements PanacheRepositoryBase<RoomingMappingEntity, UUID> {
    }

    @ApplicationScoped
    public static class RoomingListVersions implements PanacheRepositoryBase<RoomingListVersionEntity, UUID> {
    }

    @ApplicationScoped
    public static class Calendars implements PanacheRepositoryBase<MeetingCalendarEntity, UUID> {
    }

    @ApplicationScoped
    public static class Settings implements PanacheRepositoryBase<LodgingSettingEntity, UUID> {
    }

    @ApplicationScoped
    public static class Blocks implements PanacheRepositoryBase<RoomBlockEntity, UUID> {
    }

    @ApplicationScoped
    public static class BlockNights implements PanacheRepositoryBase<RoomBlockNightEntity, UUID> {
    }
}
