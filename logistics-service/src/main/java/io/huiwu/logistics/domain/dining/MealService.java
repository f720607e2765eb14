package io.huiwu.logistics.domain.dining;

/**
 * How a meal is served: a banquet (桌餐, seated by protocol at tables) or a buffet (自助餐, which the meeting-expense
 * rules prefer; people still have a table to sit at, so that every table's diets are known).
 */
public enum MealService {
    BANQUET,
    BUFFET
}
