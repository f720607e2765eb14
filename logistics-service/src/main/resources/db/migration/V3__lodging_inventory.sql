-- Lodging inventory of a meeting: hotels, their buildings, floors and rooms. Names are unique where staff use them
-- to find a place (a room number within its hotel), so a duplicate is refused by the database too.
create table hotel (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    name        varchar(100)  not null,
    address     varchar(200),
    phone       varchar(30),
    updated_by  varchar(100),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint hotel_name_unique unique (meeting_id, name)
);

create table building (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    hotel_id    uuid          not null references hotel (id),
    name        varchar(100)  not null,
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint building_name_unique unique (hotel_id, name)
);

create table floor (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    building_id  uuid          not null references building (id),
    level        integer       not null,
    name         varchar(50),
    updated_at   timestamptz   not null,
    version      bigint        not null,
    constraint floor_level_unique unique (building_id, level)
);

create table room (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    hotel_id    uuid          not null references hotel (id),
    floor_id    uuid          not null references floor (id),
    number      varchar(20)   not null,
    type        varchar(10)   not null check (type in ('SINGLE', 'TWIN', 'SUITE')),
    beds        integer       not null check (beds between 1 and 4),
    phone       varchar(30),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint room_number_unique unique (hotel_id, number)
);
create index room_meeting on room (meeting_id);
create index room_floor on room (floor_id);
