-- Venues of a meeting with their halls and rooms; a hall has a seat map in numbered, published versions.
create table venue (
    id              uuid         primary key,
    meeting_id      uuid         not null,
    name            varchar(200) not null,
    address         varchar(300),
    version         bigint       not null,
    updated_at      timestamptz  not null,
    constraint venue_named_once unique (meeting_id, name)
);

create table venue_space (
    id              uuid         primary key,
    venue_id        uuid         not null references venue (id),
    meeting_id      uuid         not null,
    kind            varchar(10)  not null,
    name            varchar(100) not null,
    floor           integer,
    capacity        integer      not null,
    equipment       text[]       not null,
    version         bigint       not null,
    updated_at      timestamptz  not null,
    constraint venue_space_named_once unique (venue_id, name)
);

-- A hall's seat map: at most one draft (no number yet), and published versions numbered 1, 2, 3...
create table seat_map (
    id              uuid         primary key,
    hall_id         uuid         not null references venue_space (id),
    number          integer,
    status          varchar(10)  not null,
    spec            text         not null,
    seat_count      integer      not null,
    version         bigint       not null,
    updated_at      timestamptz  not null,
    published_at    timestamptz,
    constraint seat_map_numbered_once unique (hall_id, number)
);
create unique index seat_map_one_draft on seat_map (hall_id) where status = 'DRAFT';

-- The seats of each published version, by their stable ids.
create table seat_map_seat (
    map_id          uuid         not null references seat_map (id),
    seat_id         varchar(40)  not null,
    floor           integer      not null,
    block           varchar(20)  not null,
    row_no          integer      not null,
    seat_no         integer      not null,
    label           varchar(60)  not null,
    primary key (map_id, seat_id)
);

-- Seats taken out of use (a camera, a broken seat), with why; a published version cannot drop one.
create table seat_block (
    hall_id         uuid         not null references venue_space (id),
    seat_id         varchar(40)  not null,
    reason          varchar(200) not null,
    blocked_at      timestamptz  not null,
    primary key (hall_id, seat_id)
);

-- A session may name its hall or room.
alter table venue_session add column space_id uuid references venue_space (id);
create index venue_session_by_space on venue_session (space_id, starts_at) where not cancelled;
