-- The leave register (请假) as registration publishes it (absence-reported, absence-withdrawn): a leave for a period
-- (starts_at, ends_at exclusive) or for sessions, or both. A withdrawn leave stays, marked, so that an older event
-- arriving late changes nothing (by version).
create table leave_copy (
    absence_id      uuid         primary key,
    meeting_id      uuid         not null,
    attendee_id     uuid         not null,
    starts_at       timestamptz,
    ends_at         timestamptz,
    session_ids     uuid[]       not null,
    reason_kind     varchar(20)  not null,
    withdrawn       boolean      not null,
    version         bigint       not null
);

create index leave_copy_meeting on leave_copy (meeting_id) where not withdrawn;
