-- Activities (文化生活: a concert, a visit) take sign-ups up to the session's capacity; those beyond it wait in the
-- order they signed up. A withdrawn sign-up is deleted, and the first waiting person is confirmed in its place in
-- the same transaction. Sign-ups to one activity are made one at a time (its session row is locked); the database
-- itself holds one sign-up per person and one place in the order per sign-up.
alter table venue_session add column capacity integer check (capacity between 1 and 100000);

create table activity_sign_up (
    id              uuid         primary key,
    meeting_id      uuid         not null,
    session_id      uuid         not null references venue_session (id),
    attendee_id     uuid         not null,
    name            varchar(200) not null,
    status          varchar(20)  not null check (status in ('CONFIRMED', 'WAITING')),
    ordinal         bigint       not null check (ordinal > 0),
    signed_up_at    timestamptz  not null,
    signed_up_by    varchar(200) not null,
    confirmed_at    timestamptz,
    constraint activity_sign_up_once unique (session_id, attendee_id),
    constraint activity_sign_up_ordinal unique (session_id, ordinal),
    constraint activity_sign_up_confirmed check ((status = 'CONFIRMED') = (confirmed_at is not null))
);

create index activity_sign_up_by_status on activity_sign_up (session_id, status, ordinal);
