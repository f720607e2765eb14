-- Return trips (返程): the ticket staff book for each departing person. A booking moves forward only
-- (REQUESTED, BOOKED, ISSUED) or is cancelled; a cancelled booking stays as it was and a new one is made instead.
-- At most one booking per person is not cancelled.
create table departure_ticket (
    id             uuid          primary key,
    meeting_id     uuid          not null,
    attendee_id    uuid          not null,
    mode           varchar(10)   not null check (mode in ('TRAIN', 'FLIGHT')),
    number         varchar(20)   not null,
    departs_at     timestamptz   not null,
    station        varchar(200)  not null,
    seat_class     varchar(40)   not null,
    status         varchar(10)   not null check (status in ('REQUESTED', 'BOOKED', 'ISSUED', 'CANCELLED')),
    ticket_number  varchar(40),
    note           varchar(500),
    created_by     varchar(100),
    created_at     timestamptz   not null,
    updated_by     varchar(100),
    updated_at     timestamptz   not null,
    version        bigint        not null
);
create unique index departure_ticket_one_open on departure_ticket (meeting_id, attendee_id)
    where status <> 'CANCELLED';
create index departure_ticket_meeting on departure_ticket (meeting_id, departs_at);
