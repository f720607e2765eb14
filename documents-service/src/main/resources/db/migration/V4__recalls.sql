-- A recall (清退) of a meeting's copies, with its deadline.
create table recall (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    deadline        timestamptz   not null,
    note            varchar(500),
    opened_by       varchar(200)  not null,
    opened_at       timestamptz   not null
);
create index recall_meeting on recall (meeting_id, opened_at);
