-- Dining: halls, their tables (at most 10 seats, placed on the hall plan), meals served in a hall, who sits where at
-- each meal, and the diets staff record for people whose roster entry gives none.
create table dining_hall (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    name        varchar(100)  not null,
    location    varchar(200),
    updated_by  varchar(100),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint dining_hall_name_unique unique (meeting_id, name)
);

-- x runs to the right as seen facing the door, y away from the door (DOMAIN.md, Dining: tables rank by nearness to
-- the main table, then right above left). A hall has at most one main table.
create table dining_table (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    hall_id     uuid          not null references dining_hall (id),
    number      integer       not null check (number between 1 and 999),
    capacity    integer       not null check (capacity between 1 and 10),
    x           integer       not null,
    y           integer       not null,
    main        boolean       not null,
    diet        varchar(20),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint dining_table_number_unique unique (hall_id, number)
);
create unique index dining_table_one_main on dining_table (hall_id) where main;
create index dining_table_meeting on dining_table (meeting_id);

create table meal (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    hall_id     uuid          not null references dining_hall (id),
    day         date          not null,
    kind        varchar(10)   not null check (kind in ('BREAKFAST', 'LUNCH', 'DINNER')),
    service     varchar(10)   not null check (service in ('BANQUET', 'BUFFET')),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint meal_unique unique (hall_id, day, kind)
);
create index meal_meeting on meal (meeting_id, day);

-- One seat per person per meal, one person per seat of a table at a meal: the database refuses either twice. A seat
-- given by hand is pinned: a table plan never moves it. rule and rule_key say why someone sits there.
create table table_seat (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    meal_id      uuid          not null references meal (id),
    table_id     uuid          not null references dining_table (id),
    seat         integer       not null check (seat between 1 and 10),
    attendee_id  uuid          not null,
    pinned       boolean       not null,
    rule         varchar(20)   not null,
    rule_key     varchar(200),
    assigned_by  varchar(100),
    assigned_at  timestamptz   not null,
    version      bigint        not null,
    constraint table_seat_person_unique unique (meal_id, attendee_id),
    constraint table_seat_seat_unique unique (meal_id, table_id, seat)
);
create index table_seat_table on table_seat (table_id);

-- Diets staff record for someone whose roster entry says nothing about them (codes as the roster's, comma-separated).
create table attendee_diet (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    diet         varchar(200)  not null,
    updated_by   varchar(100),
    updated_at   timestamptz   not null,
    primary key (meeting_id, attendee_id)
);
