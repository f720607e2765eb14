-- A session's host script (主持词), minutes (会议记录) and, for a group discussion, its group record (小组讨论记录):
-- every save is a new version and no version is changed afterwards. The head row keeps the current version (what
-- a save must name) and, for minutes, the version marked final.
create table session_record (
    session_id     uuid          not null references session_copy (session_id),
    kind           varchar(20)   not null,
    meeting_id     uuid          not null,
    version        integer       not null,
    final_version  integer,
    finalised_by   varchar(200),
    finalised_at   timestamptz,
    primary key (session_id, kind),
    constraint session_record_kind check (kind in ('HOST_SCRIPT', 'MINUTES', 'GROUP_RECORD')),
    constraint session_record_final check ((final_version is null) = (finalised_at is null)
        and (final_version is null or final_version between 1 and version))
);
create index session_record_meeting on session_record (meeting_id, kind);

create table session_record_version (
    session_id   uuid          not null,
    kind         varchar(20)   not null,
    version      integer       not null,
    body         text          not null,
    document_id  uuid          references document (id),
    recordings   jsonb         not null default '[]',
    saved_by     varchar(200)  not null,
    saved_at     timestamptz   not null,
    primary key (session_id, kind, version),
    foreign key (session_id, kind) references session_record (session_id, kind),
    constraint session_record_version_from_one check (version >= 1)
);
