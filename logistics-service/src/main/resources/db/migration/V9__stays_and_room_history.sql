-- A person's stay at the hotel where they have (or had) a bed: the nights staff agree with the hotel, its status and
-- the hotel's confirmation number. A stay outlives its bed: cancelling gives the bed up but keeps which one it was,
-- so that the stay can be reinstated (its room is not a foreign key: a room may go while a cancelled stay remembers
-- it, and reinstating then fails). Dates are set by staff (the service does not receive the meeting's dates).
create table stay (
    id                   uuid          primary key,
    meeting_id           uuid          not null,
    attendee_id          uuid          not null,
    hotel_id             uuid          not null,
    room_id              uuid          not null,
    bed                  integer       not null check (bed >= 1),
    status               varchar(10)   not null check (status in ('BOOKED', 'CANCELLED', 'ARRIVED')),
    arrival              date,
    departure            date,
    requests             varchar(500),
    confirmation_number  varchar(50),
    updated_by           varchar(100),
    updated_at           timestamptz   not null,
    version              bigint        not null,
    constraint stay_person_unique unique (meeting_id, attendee_id),
    constraint stay_nights check (departure is null or arrival is null or departure > arrival)
);
create index stay_hotel on stay (hotel_id);
create unique index stay_confirmation_unique on stay (hotel_id, confirmation_number)
    where confirmation_number is not null;

-- Every change of a person's bed, oldest first: given, moved, given up, cancelled, reinstated.
create table room_assignment_history (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    change       varchar(20)   not null,
    hotel        varchar(100)  not null,
    room_id      uuid          not null,
    room         varchar(20)   not null,
    bed          integer       not null,
    changed_by   varchar(100),
    changed_at   timestamptz   not null,
    seq          bigserial     not null
);
create index room_assignment_history_person on room_assignment_history (meeting_id, attendee_id, seq);
