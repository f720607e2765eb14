-- Documents, their numbered copies (份号), and each copy's ledger (DOMAIN.md, Confidential documents).
create table document (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    title           varchar(300)  not null,
    issuing_body    varchar(200)  not null,
    classification  varchar(20)   not null
        check (classification in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    term_years      integer,
    pages           integer       not null check (pages > 0),
    must_return     boolean       not null,
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null,
    version         bigint        not null,
    -- a state secret carries its term (保密期限); 内部 and public documents have none
    constraint document_term_with_secret_level check (
        (classification in ('CONFIDENTIAL', 'SECRET', 'TOP_SECRET')) = (term_years is not null))
);
create index document_meeting on document (meeting_id, created_at);

create table document_copy (
    id              uuid          primary key,
    document_id     uuid          not null references document (id),
    meeting_id      uuid          not null,
    copy_number     char(6)       not null check (copy_number ~ '^[0-9]{6}$'),
    batch           integer       not null,
    approval        varchar(200),
    -- the fold of the copy's ledger, written with each entry in the same transaction
    state           varchar(20)   not null,
    holder_id       uuid,
    due_at          timestamptz,
    entries         integer       not null,
    version         bigint        not null,
    constraint copy_number_once_per_document unique (document_id, copy_number)
);
create index document_copy_holder on document_copy (meeting_id, holder_id) where holder_id is not null;

-- Append-only: corrections are new entries, and the database refuses to change or remove one.
create table copy_ledger_entry (
    id              uuid          primary key,
    copy_id         uuid          not null references document_copy (id),
    meeting_id      uuid          not null,
    seq             integer       not null,
    action          varchar(20)   not null
        check (action in ('REGISTERED', 'ISSUED', 'RETURNED', 'TRANSFERRED', 'LOANED', 'MISSING', 'FOUND',
                          'DESTROYED')),
    holder_id       uuid,
    from_holder_id  uuid,
    received_by     varchar(200),
    due_at          timestamptz,
    approval        varchar(200),
    supervisors     varchar(500),
    note            varchar(500),
    actor           varchar(200)  not null,
    authorised_by   varchar(200),
    happened_at     timestamptz   not null,
    recorded_at     timestamptz   not null,
    constraint ledger_entry_once_per_position unique (copy_id, seq)
);
create index copy_ledger_entry_meeting on copy_ledger_entry (meeting_id, recorded_at);

create function copy_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the copy ledger is append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger copy_ledger_entry_append_only before update or delete on copy_ledger_entry
    for each row execute function copy_ledger_is_append_only();
create trigger copy_ledger_entry_no_truncate before truncate on copy_ledger_entry
    for each statement execute function copy_ledger_is_append_only();

-- The clearance of each category of person in a meeting, set by the organiser; a category without a row takes
-- the default table (domain ClearancePolicy).
create table category_clearance (
    meeting_id      uuid          not null,
    category        varchar(40)   not null,
    clearance       varchar(20)   not null
        check (clearance in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    set_by          varchar(200)  not null,
    set_at          timestamptz   not null,
    version         bigint        not null,
    primary key (meeting_id, category)
);
