package io.huiwu.logistics.domain.rooming;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import java.util.List;
import java.util.Objects;

/**
 * The lodging rules (DOMAIN.md, Protocol rules: Lodging) as the planner scores them inside one hotel; each constraint
 * is named after its {@link LodgingRule} and justified with a {@link RuleBreach} naming the people concerned. That a
 * delegation stays in one hotel is decided before (delegations are placed into hotels first, see
 * {@link DelegationHotels}): moving one person at a time never pulls a whole delegation into another hotel.
 */
public class RoomingConstraints implements ConstraintProvider {

    /** A roommate from another delegation costs as much as this many grade levels between roommates. */
    static final int OTHER_DELEGATION_WEIGHT = 5;
    /** Each further floor a delegation is spread over. */
    static final int SPREAD_WEIGHT = 3;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            everyoneHasABed(factory),
            noMoreThanTheBeds(factory),
            sharedOnlyWithinAGender(factory),
            sharedOnlyWithinACategory(factory),
            suitesFromTheGrade(factory),
            roommatesFromOneDelegation(factory),
            roommatesOfSimilarGrade(factory),
            delegationOnFewFloors(factory)
        };
    }

    Constraint everyoneHasABed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Guest.class)
                .filter(guest -> guest.getRoom() == null)
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((guest, score) -> new RuleBreach(List.of(guest.getId()), null))
                .asConstraint(LodgingRule.NO_BED.name());
    }

    Constraint noMoreThanTheBeds(ConstraintFactory factory) {
        return factory.forEach(Guest.class)
                .groupBy(Guest::getRoom, ConstraintCollectors.toList())
                .filter((room, guests) -> guests.size() > room.getBeds())
                .penalize(HardSoftScore.ONE_HARD, (room, guests) -> guests.size() - room.getBeds())
                .justifyWith((room, guests, score) -> new RuleBreach(guests.stream().map(Guest::getId).toList(),
                        room.getNumber()))
                .asConstraint(LodgingRule.OVER_CAPACITY.name());
    }

    Constraint sharedOnlyWithinAGender(ConstraintFactory factory) {
        return factory.forEachUniquePair(Guest.class, Joiners.equal(Guest::getRoom))
                .filter((one, other) -> !LodgingPolicy.sameGender(one, other))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((one, other, score) -> new RuleBreach(List.of(one.getId(), other.getId()),
                        one.getRoom().getNumber()))
                .asConstraint(LodgingRule.MIXED_GENDER.name());
    }

    Constraint sharedOnlyWithinACategory(ConstraintFactory factory) {
        return factory.forEachUniquePair(Guest.class, Joiners.equal(Guest::getRoom))
                .filter((one, other) -> !LodgingPolicy.sameClass(one, other))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((one, other, score) -> new RuleBreach(List.of(one.getId(), other.getId()),
                        one.getRoom().getNumber()))
                .asConstraint(LodgingRule.MIXED_CATEGORY.name());
    }

    Constraint suitesFromTheGrade(ConstraintFactory factory) {
        return factory.forEach(Guest.class)
                .filter(guest -> guest.getRoom().isSuite() && !guest.isSuiteAllowed())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((guest, score) -> new RuleBreach(List.of(guest.getId()), guest.getRoom().getNumber()))
                .asConstraint(LodgingRule.SUITE_BELOW_GRADE.name());
    }

    Constraint roommatesFromOneDelegation(ConstraintFactory factory) {
        return factory.forEachUniquePair(Guest.class, Joiners.equal(Guest::getRoom))
                .filter((one, other) -> !Objects.equals(one.getDelegation(), other.getDelegation()))
                .penalize(HardSoftScore.ofSoft(OTHER_DELEGATION_WEIGHT))
                .justifyWith((one, other, score) -> new RuleBreach(List.of(one.getId(), other.getId()),
                        one.getRoom().getNumber()))
                .asConstraint(LodgingRule.ROOMMATE_FROM_ANOTHER_DELEGATION.name());
    }

    Constraint roommatesOfSimilarGrade(ConstraintFactory factory) {
        return factory.forEachUniquePair(Guest.class, Joiners.equal(Guest::getRoom))
                .filter((one, other) -> gradeGap(one, other) > 0)
                .penalize(HardSoftScore.ONE_SOFT, RoomingConstraints::gradeGap)
                .justifyWith((one, other, score) -> new RuleBreach(List.of(one.getId(), other.getId()),
                        one.getRoom().getNumber()))
                .asConstraint(LodgingRule.ROOMMATE_GRADE_GAP.name());
    }

    Constraint delegationOnFewFloors(ConstraintFactory factory) {
        return factory.forEach(Guest.class)
                .filter(guest -> guest.getDelegation() != null)
                .groupBy(Guest::getDelegation, ConstraintCollectors.countDistinct(guest -> guest.getRoom()
                        .getFloorKey()), ConstraintCollectors.toList())
                .filter((delegation, floors, guests) -> floors > 1)
                .penalize(HardSoftScore.ofSoft(SPREAD_WEIGHT), (delegation, floors, guests) -> floors - 1)
                .justifyWith((delegation, floors, guests, score) -> new RuleBreach(guests.stream()
                        .map(Guest::getId).toList(), delegation))
                .asConstraint(LodgingRule.DELEGATION_SPREAD.name());
    }

    /** Grade levels between two roommates; someone without a grade differs from nobody. */
    static int gradeGap(Guest one, Guest other) {
        if (one.getGradeLevel() == null || other.getGradeLevel() == null) {
            return 0;
        }
        return Math.abs(one.getGradeLevel() - other.getGradeLevel());
    }
}
