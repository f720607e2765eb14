-- The rostrum (主席台) of a session as last arranged: the policy and rows it was arranged with, and each seat.
create table rostrum_arrangement (
    session_id      uuid         primary key references venue_session (id),
    meeting_id      uuid         not null,
    side            varchar(20)  not null,
    even_count      varchar(20)  not null,
    row_sizes       integer[]    not null,
    version         bigint       not null,
    arranged_at     timestamptz  not null
);

-- Each seat from the audience's left (position 1); a person sits once on a rostrum.
create table rostrum_seat (
    session_id      uuid         not null references rostrum_arrangement (session_id),
    row_no          integer      not null,
    position        integer      not null,
    axis_offset     integer      not null,
    attendee_id     uuid         not null,
    name            varchar(100) not null,
    rank            integer      not null,
    pinned          boolean      not null,
    rule            varchar(100) not null,
    primary key (session_id, row_no, position),
    constraint rostrum_seat_once_per_person unique (session_id, attendee_id)
);
