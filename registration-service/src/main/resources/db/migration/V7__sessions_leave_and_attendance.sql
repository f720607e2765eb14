-- Sessions as venue-service schedules them (venue.session), each with its door list; the leave register (请假);
-- the quorum rule per session kind; which lists allow signing on someone's behalf (秘书代签).

create table meeting_session (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    -- venue's version of the session: an older event changes nothing
    source_version  bigint        not null,
    kind            varchar(20)   not null,
    name            varchar(200)  not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    place           varchar(200),
    -- who takes part: categories (comma-separated), and when given only these delegations and discussion groups
    categories      varchar(200)  not null,
    delegations     varchar(100)[] not null,
    group_ids       uuid[]        not null,
    cancelled       boolean       not null,
    list_id         uuid          not null references checkin_list (id),
    updated_at      timestamptz   not null
);
create index meeting_session_by_meeting on meeting_session (meeting_id, starts_at);

alter table checkin_list add column session_id uuid;
alter table checkin_list add column allow_on_behalf boolean not null default false;

-- 请假: for a period (from_at, to_at) or for named sessions; withdrawn, never deleted
create table absence (
    id            uuid          primary key,
    meeting_id    uuid          not null references meeting (id),
    attendee_id   uuid          not null references attendee (id),
    from_at       timestamptz,
    to_at         timestamptz,
    session_ids   uuid[]        not null,
    reason_kind   varchar(20)   not null,
    reason        varchar(500),
    approved_by   varchar(100)  not null,
    status        varchar(20)   not null,
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null,
    withdrawn_by  varchar(200),
    withdrawn_at  timestamptz,
    version       bigint        not null,
    constraint absence_period check ((from_at is null) = (to_at is null) and (from_at is null or to_at > from_at)),
    constraint absence_covers_something check (from_at is not null or cardinality(session_ids) > 0)
);
create index absence_by_attendee on absence (attendee_id);
create index absence_by_meeting on absence (meeting_id, status);

create table quorum_rule (
    meeting_id    uuid          not null references meeting (id),
    session_kind  varchar(20)   not null,
    rule          varchar(20)   not null,
    primary key (meeting_id, session_kind)
);
