package io.huiwu.logistics.mapping;

import io.huiwu.logistics.api.DiningHallView;
import io.huiwu.logistics.api.DiningTableView;
import io.huiwu.logistics.api.MealView;
import io.huiwu.logistics.domain.dining.TablePlanning;
import io.huiwu.logistics.persistence.DiningHallEntity;
import io.huiwu.logistics.persistence.DiningTableEntity;
import io.huiwu.logistics.persistence.MealEntity;

/** Entities of dining to the records the API returns and the tables the planner reads. */
public final class DiningMapping {

    private DiningMapping() {
    }

    public static DiningHallView view(DiningHallEntity hall, int tables, int seats) {
        return new DiningHallView(hall.id, hall.meetingId, hall.name, hall.location, tables, seats, hall.updatedAt,
                hall.version);
    }

    public static DiningTableView view(DiningTableEntity table, DiningHallEntity hall, int rank) {
        return new DiningTableView(table.id, table.hallId, hall.name, table.number, table.capacity, table.x, table.y,
                table.main, table.diet, rank, table.version);
    }

    public static MealView view(MealEntity meal, DiningHallEntity hall, int seated) {
        return new MealView(meal.id, meal.hallId, hall.name, meal.day, meal.kind, meal.service, seated,
                meal.version);
    }

    public static TablePlanning.Table planned(DiningTableEntity table) {
        return new TablePlanning.Table(table.id, table.number, table.capacity, table.x, table.y, table.main,
                table.diet);
    }
}
