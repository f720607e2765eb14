-- The audit log: every ledger entry and every read of a state secret's record, one hash chain per meeting.
-- Each entry keeps the hash of the one before it (the first: 64 zeros) and its own hash, SHA-256 over the
-- canonical form of its columns (domain AuditChain); detail is kept as the exact text that was hashed.
create table audit_entry (
    meeting_id      uuid          not null,
    seq             bigint        not null check (seq > 0),
    recorded_at     timestamptz   not null,
    actor           varchar(200)  not null,
    origin          varchar(200)  not null,
    action          varchar(40)   not null,
    document_id     uuid,
    copy_id         uuid,
    detail          text          not null,
    prev_hash       char(64)      not null,
    hash            char(64)      not null,
    primary key (meeting_id, seq)
);
create index audit_entry_copy on audit_entry (meeting_id, copy_id, seq) where copy_id is not null;
create index audit_entry_document on audit_entry (meeting_id, document_id, seq) where document_id is not null;
create index audit_entry_actor on audit_entry (meeting_id, actor, seq);

-- Nothing changes or removes an entry: the table refuses UPDATE, DELETE and TRUNCATE for everyone, and the role
-- that runs the migrations (the service's) gives up the right to them as well.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op using errcode = '42501';
end
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
revoke update, delete, truncate on audit_entry from public;
do $$
begin
    execute format('revoke update, delete, truncate on audit_entry from %I', current_user);
end
$$;
