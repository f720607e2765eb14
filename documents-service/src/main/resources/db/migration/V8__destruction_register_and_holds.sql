-- Destruction under two supervisors: one member of staff asks for it with the approval, a different one confirms
-- it; the confirmation writes the copy's DESTROYED entry and a line of the destruction register (销毁登记).
create table destruction_request (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    copy_id         uuid          not null references document_copy (id),
    approval        varchar(200)  not null,
    note            varchar(500),
    requested_by    varchar(200)  not null,
    requested_at    timestamptz   not null,
    -- set when it is confirmed (the copy destroyed) or withdrawn (the copy could no longer be destroyed)
    closed_at       timestamptz,
    closed_by       varchar(200),
    outcome         varchar(20)   check (outcome in ('DESTROYED', 'WITHDRAWN')),
    version         bigint        not null
);
-- at most one request waits per copy
create unique index destruction_request_open on destruction_request (copy_id) where closed_at is null;

create table destruction_register (
    id                  uuid          primary key,
    meeting_id          uuid          not null,
    document_id         uuid          not null references document (id),
    copy_id             uuid          not null unique references document_copy (id),
    copy_number         char(6)       not null,
    document_title      varchar(300)  not null,
    classification      varchar(20)   not null,
    approval            varchar(200)  not null,
    first_supervisor    varchar(200)  not null,
    second_supervisor   varchar(200)  not null,
    destroyed_at        timestamptz   not null,
    recorded_at         timestamptz   not null,
    ledger_entry        integer       not null,
    note                varchar(500),
    constraint destruction_by_two_people check (first_supervisor <> second_supervisor)
);
create index destruction_register_meeting on destruction_register (meeting_id, recorded_at);

create function destruction_register_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the destruction register is append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger destruction_register_append_only before update or delete on destruction_register
    for each row execute function destruction_register_is_append_only();
create trigger destruction_register_no_truncate before truncate on destruction_register
    for each statement execute function destruction_register_is_append_only();

-- A hold on a document (保全, e.g. for an inquiry): while one is in place none of its copies is destroyed.
create table document_hold (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    document_id     uuid          not null references document (id),
    reason          varchar(500)  not null,
    placed_by       varchar(200)  not null,
    placed_at       timestamptz   not null,
    released_by     varchar(200),
    released_at     timestamptz,
    version         bigint        not null
);
create index document_hold_in_place on document_hold (document_id) where released_at is null;
