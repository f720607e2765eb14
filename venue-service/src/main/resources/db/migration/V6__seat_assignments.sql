-- Who holds which seat of a hall: in a session's seating (session_id) or in the meeting's standing layout (no
-- session). One person per seat and one seat per person in each layout are constraints of the database.
create table seat_assignment (
    id              uuid         primary key,
    hall_id         uuid         not null references venue_space (id),
    seat_id         varchar(40)  not null,
    meeting_id      uuid         not null,
    session_id      uuid         references venue_session (id),
    attendee_id     uuid         not null,
    assigned_at     timestamptz  not null
);
create unique index seat_assignment_seat_in_session on seat_assignment (session_id, hall_id, seat_id)
    where session_id is not null;
create unique index seat_assignment_seat_standing on seat_assignment (hall_id, seat_id)
    where session_id is null;
create unique index seat_assignment_person_in_session on seat_assignment (session_id, attendee_id)
    where session_id is not null;
create unique index seat_assignment_person_standing on seat_assignment (meeting_id, attendee_id)
    where session_id is null;

-- Every change of a seat's holder, never updated or deleted: the seat's history.
create table seat_assignment_history (
    id              bigint       generated always as identity primary key,
    hall_id         uuid         not null references venue_space (id),
    seat_id         varchar(40)  not null,
    session_id      uuid         references venue_session (id),
    action          varchar(10)  not null,
    attendee_id     uuid,
    previous_attendee_id uuid,
    changed_by      varchar(200),
    changed_at      timestamptz  not null
);
create index seat_assignment_history_by_seat on seat_assignment_history (hall_id, seat_id, id);
