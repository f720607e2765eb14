-- A document's file: every upload is a new version, the earlier ones kept. The numbered copies are stamped from the
-- latest PDF on the fly; the stamped files are never stored.
create table document_file (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    document_id     uuid          not null references document (id),
    version         integer       not null check (version > 0),
    media_type      varchar(100)  not null,
    file_name       varchar(255),
    size_bytes      bigint        not null check (size_bytes > 0),
    sha256          char(64)      not null,
    content         bytea         not null,
    uploaded_by     varchar(200)  not null,
    uploaded_at     timestamptz   not null,
    unique (document_id, version)
);

create function document_file_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'document files are append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger document_file_append_only before update or delete on document_file
    for each row execute function document_file_is_append_only();
create trigger document_file_no_truncate before truncate on document_file
    for each statement execute function document_file_is_append_only();

-- The largest file the organiser accepts in a meeting; without a row, the service's default.
create table meeting_file_limit (
    meeting_id      uuid          primary key,
    max_bytes       bigint        not null check (max_bytes > 0),
    set_by          varchar(200)  not null,
    set_at          timestamptz   not null
);
