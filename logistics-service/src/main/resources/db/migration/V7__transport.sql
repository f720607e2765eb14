-- Transport: the meeting's vehicles with their drivers and the staff in charge of each. The driver's phone is
-- personal data: it stays in this service (EVENTS.md) and never travels on logistics.transport.
create table vehicle (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    plate           varchar(20)   not null,
    kind            varchar(10)   not null check (kind in ('CAR', 'VIP_CAR', 'MINIBUS', 'BUS')),
    seats           integer       not null check (seats between 1 and 80),
    luggage         integer       not null check (luggage between 0 and 200),
    driver_name     varchar(50),
    driver_phone    varchar(30),
    staff_in_charge varchar(100),
    updated_by      varchar(100),
    updated_at      timestamptz   not null,
    version         bigint        not null,
    constraint vehicle_plate_unique unique (meeting_id, plate)
);

-- Arrivals and departures as registration last reported them (registration.travel): one per person and direction,
-- replaced by a newer version. An arrival after the same person's departure is kept but flagged, and not planned.
create table travel (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    direction    varchar(10)   not null check (direction in ('ARRIVAL', 'DEPARTURE')),
    mode         varchar(10)   not null,
    number       varchar(20),
    at           timestamptz   not null,
    place        varchar(200)  not null,
    companions   integer       not null check (companions >= 0),
    version      bigint        not null,
    flag         varchar(40),
    received_at  timestamptz   not null,
    constraint travel_one_per_direction unique (meeting_id, attendee_id, direction)
);
create index travel_meeting on travel (meeting_id, direction, at);
