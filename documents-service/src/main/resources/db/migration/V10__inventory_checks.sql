-- 点检: an inventory check of a place (a cabinet, a box), the copies scanned into it, and at its close the
-- reconciliation against the ledger, kept as it was then.
create table inventory_check (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    place           varchar(200)  not null,
    note            varchar(500),
    opened_by       varchar(200)  not null,
    opened_at       timestamptz   not null,
    closed_by       varchar(200),
    closed_at       timestamptz,
    reconciliation  jsonb,
    constraint inventory_closed_with_its_reconciliation check ((closed_at is null) = (reconciliation is null))
);
create index inventory_check_meeting on inventory_check (meeting_id, opened_at);

-- the documents whose copies the place should hold; none: every document of the meeting
create table inventory_check_document (
    check_id        uuid          not null references inventory_check (id),
    document_id     uuid          not null references document (id),
    primary key (check_id, document_id)
);

create table inventory_scan (
    check_id        uuid          not null references inventory_check (id),
    copy_id         uuid          not null references document_copy (id),
    seq             integer       not null,
    scanned_by      varchar(200)  not null,
    scanned_at      timestamptz   not null,
    primary key (check_id, copy_id),
    unique (check_id, seq)
);
