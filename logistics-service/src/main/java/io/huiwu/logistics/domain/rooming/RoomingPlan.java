package io.huiwu.logistics.domain.rooming;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

import java.util.List;

/** The rooms of one hotel and the people lodged there: what the planner pairs into rooms. */
@PlanningSolution
public class RoomingPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Room> rooms;
    @PlanningEntityCollectionProperty
    private List<Guest> guests;
    @PlanningScore
    private HardSoftScore score;

    public RoomingPlan() {
    }

    public RoomingPlan(List<Room> rooms, List<Guest> guests) {
        this.rooms = rooms;
        this.guests = guests;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Guest> getGuests() {
        return guests;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
