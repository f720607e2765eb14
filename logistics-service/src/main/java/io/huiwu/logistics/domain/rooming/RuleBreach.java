package io.huiwu.logistics.domain.rooming;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.util.List;
import java.util.UUID;

/**
 * Why a constraint fired: the people it is about and the room or delegation, so that the result can explain every
 * violation to each person it concerns.
 *
 * @param where the room number or the delegation, when there is one
 */
public record RuleBreach(List<UUID> people, String where) implements ConstraintJustification {

    public RuleBreach {
        people = List.copyOf(people);
    }
}
