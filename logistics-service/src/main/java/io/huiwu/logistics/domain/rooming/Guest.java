package io.huiwu.logistics.domain.rooming;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.UUID;

/**
 * A person who needs a bed. The planner moves them between rooms; someone placed by hand is pinned and never moved.
 * The room may stay empty (unassigned) so that a plan can be scored while it is incomplete: the rule
 * {@link LodgingRule#NO_BED} makes that cost.
 */
@PlanningEntity
public class Guest {

    @PlanningId
    private UUID id;
    private String name;
    private String gender;
    private String lodgingClass;
    private String delegation;
    private Integer gradeLevel;
    private boolean suiteAllowed;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true)
    private Room room;

    public Guest() {
    }

    public Guest(UUID id, String name, String gender, String lodgingClass, String delegation, Integer gradeLevel,
            boolean suiteAllowed, boolean pinned, Room room) {
        this.id = id;
        this.name = name;
        this.gender = gender;
        this.lodgingClass = lodgingClass;
        this.delegation = delegation;
        this.gradeLevel = gradeLevel;
        this.suiteAllowed = suiteAllowed;
        this.pinned = pinned;
        this.room = room;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public String getLodgingClass() {
        return lodgingClass;
    }

    /** The delegation, or null for someone who belongs to none. */
    public String getDelegation() {
        return delegation;
    }

    /** 1 the highest grade; null when the roster gives none. */
    public Integer getGradeLevel() {
        return gradeLevel;
    }

    public boolean isSuiteAllowed() {
        return suiteAllowed;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    @Override
    public String toString() {
        return name;
    }
}
