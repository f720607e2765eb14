-- Who receives a document: everyone of a category, of a delegation, or one person.
create table distribution_entry (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    document_id     uuid          not null references document (id),
    kind            varchar(20)   not null check (kind in ('CATEGORY', 'DELEGATION', 'PERSON')),
    target          varchar(100)  not null,
    added_by        varchar(200)  not null,
    added_at        timestamptz   not null,
    unique (document_id, kind, target)
);
create index distribution_entry_meeting on distribution_entry (meeting_id, kind, target);

-- A person checked in at a desk (报到): their packet is due there until it is issued.
create table packet_due (
    meeting_id      uuid          not null,
    attendee_id     uuid          not null,
    scan_id         uuid          not null,
    list_id         uuid          not null,
    list_name       varchar(200)  not null,
    checked_in_at   timestamptz   not null,
    issued_at       timestamptz,
    primary key (meeting_id, attendee_id)
);
create index packet_due_list on packet_due (meeting_id, list_id, checked_in_at);
