-- A service's copy of registration's roster, kept from the events on registration.attendee (RosterReplica). The
-- whole entry as published is kept in snapshot, so a field registration adds reaches the copy without a migration;
-- the columns beside it are what lists filter and sort by.
create table roster_attendee (
    id          uuid         primary key,
    meeting_id  uuid         not null,
    version     bigint       not null,
    withdrawn   boolean      not null,
    name        varchar(50)  not null,
    category    varchar(30)  not null,
    delegation  varchar(100),
    rank        integer,
    stroke_key  bytea,
    pinyin_key  bytea,
    snapshot    jsonb        not null,
    updated_at  timestamptz  not null
);
create index roster_attendee_by_rank on roster_attendee (meeting_id, rank, stroke_key) where not withdrawn;
create index roster_attendee_by_strokes on roster_attendee (meeting_id, stroke_key) where not withdrawn;
