-- The pickups (接站) logistics scheduled, as the attendee guide shows them. A pickup is kept whole at the time of its
-- latest event (pickup-scheduled, pickup-completed carry no version: the event's time orders them); its riders are
-- rewritten with it. A person moved from one pickup to another is listed by both until the first one's change
-- arrives, and events of different pickups may arrive in any order: the person's pickup is the one that lists them
-- with the latest change (pickup_rider.changed_at), whichever arrived last.
create table pickup_copy (
    pickup_id           uuid          primary key,
    meeting_id          uuid          not null,
    changed_at          timestamptz   not null,
    place               varchar(200)  not null,
    at                  timestamptz   not null,
    wave                varchar(300)  not null,
    hotel               varchar(200),
    vehicle_id          uuid          not null,
    plate               varchar(40)   not null,
    kind                varchar(20)   not null,
    driver              varchar(200),
    staff_in_charge     varchar(200),
    status              varchar(20)   not null,
    completed_at        timestamptz
);

create table pickup_rider (
    pickup_id           uuid          not null references pickup_copy (pickup_id),
    attendee_id         uuid          not null,
    meeting_id          uuid          not null,
    changed_at          timestamptz   not null,
    seat                integer       not null,
    position            varchar(40)   not null,
    number              varchar(40),
    arrival_at          timestamptz   not null,
    companions          integer       not null,
    primary key (pickup_id, attendee_id)
);
create index pickup_rider_person on pickup_rider (meeting_id, attendee_id, changed_at desc);
