-- The meetings as registration publishes them (meeting-updated): venue needs their dates to place sessions in them.
create table meeting_copy (
    id              uuid         primary key,
    name            varchar(200) not null,
    start_date      date         not null,
    end_date        date         not null,
    source_version  bigint       not null,
    updated_at      timestamptz  not null
);

-- The schedule (日程): a cancelled session stays, marked, so that its events and history keep their meaning.
create table venue_session (
    id                   uuid         primary key,
    meeting_id           uuid         not null,
    kind                 varchar(20)  not null,
    name                 varchar(200) not null,
    starts_at            timestamptz  not null,
    ends_at              timestamptz  not null,
    place                varchar(100),
    categories           text[]       not null,
    delegations          text[]       not null,
    group_ids            uuid[]       not null,
    seat_pass_required   boolean      not null,
    agenda_version       integer      not null,
    cancelled            boolean      not null,
    version              bigint       not null,
    updated_at           timestamptz  not null,
    constraint venue_session_ends_after_start check (ends_at > starts_at)
);
create index venue_session_by_meeting on venue_session (meeting_id, starts_at);
create index venue_session_by_place on venue_session (meeting_id, place, starts_at) where not cancelled;

-- Every version of every session's agenda: the current one is the session's agenda_version.
create table agenda_item (
    session_id      uuid         not null references venue_session (id),
    agenda_version  integer      not null,
    position        integer      not null,
    title           varchar(300) not null,
    presenter       varchar(100),
    primary key (session_id, agenda_version, position)
);
