-- venue's schedule as far as documents needs it (host scripts, minutes, group records): each session as venue last
-- published it; an older version changes nothing, and a cancelled session is kept, marked cancelled.
create table session_copy (
    session_id   uuid          primary key,
    meeting_id   uuid          not null,
    version      bigint        not null,
    kind         varchar(20)   not null,
    name         varchar(200)  not null,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null,
    place        varchar(200),
    group_ids    jsonb         not null default '[]',
    cancelled    boolean       not null default false
);
create index session_copy_meeting on session_copy (meeting_id, starts_at);
