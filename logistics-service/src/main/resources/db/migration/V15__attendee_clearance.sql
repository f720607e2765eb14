-- Clearance (清退) as documents-service last reported it on documents.clearance: CLEARED (nothing that must come
-- back is still held) or BLOCKED with the copies still due. One row per person; an event older than the row (by
-- the time documents checked or cleared the person) changes nothing. No row: UNKNOWN.
create table attendee_clearance (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    status       varchar(10)   not null check (status in ('CLEARED', 'BLOCKED')),
    due          jsonb         not null,
    recall_id    uuid,
    at           timestamptz   not null,
    event_id     varchar(200)  not null,
    received_at  timestamptz   not null,
    primary key (meeting_id, attendee_id)
);
