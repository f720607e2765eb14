-- What the other services have arranged for each person, as their events say: a bed, a table, a seat, a pickup,
-- materials, a kit. One row per thing arranged; removed when it is taken back. Read by the readiness check (会务检查).
create table readiness_item (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    kind         varchar(20)   not null,
    ref          varchar(100)  not null,
    detail       varchar(300),
    updated_at   timestamptz   not null,
    primary key (attendee_id, kind, ref)
);
create index readiness_item_by_meeting on readiness_item (meeting_id, kind);
