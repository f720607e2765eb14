-- The meetings' dates as registration last published them (meeting-updated on registration.meeting): a stay
-- opened without nights takes them by default. An older version never replaces a newer one.
create table meeting_calendar (
    meeting_id      uuid          primary key,
    start_date      date          not null,
    end_date        date          not null,
    version         bigint        not null,
    received_at     timestamptz   not null
);

-- The organiser's lodging policy per meeting: whether guests arrive the day before the meeting's first day.
create table lodging_setting (
    meeting_id          uuid          primary key,
    arrive_day_before   boolean       not null,
    updated_by          varchar(100),
    updated_at          timestamptz   not null,
    version             bigint        not null
);

-- Where each of a stay's dates comes from: STAFF (set by hand, kept), TRAVEL (the trip the person reported) or
-- MEETING (the meeting's dates); null while the date is unknown. Only STAFF dates are never moved.
alter table stay add column arrival_source varchar(10)
    check (arrival_source in ('STAFF', 'TRAVEL', 'MEETING'));
alter table stay add column departure_source varchar(10)
    check (departure_source in ('STAFF', 'TRAVEL', 'MEETING'));
update stay set arrival_source = 'STAFF' where arrival is not null;
update stay set departure_source = 'STAFF' where departure is not null;

-- The history also records the default nights moved (change NIGHTS): the nights after the change.
alter table room_assignment_history add column arrival date;
alter table room_assignment_history add column departure date;
