-- Which credential types a check-in point accepts (comma-separated type ids); null accepts every person's
-- credential. A vehicle pass names no person and never opens a door for people.
alter table checkin_list add column credential_types varchar(2000);

-- Registered check-in devices (a phone or scanner at a desk or door). A device proves who it is with its own
-- token, of which only a hash is kept; it may scan only the lists it was given, and a revoked device is refused.
create table checkin_device (
    id             uuid          primary key,
    meeting_id     uuid          not null references meeting (id),
    name           varchar(100)  not null,
    list_ids       uuid[]        not null,
    token_hash     bytea         not null,
    registered_at  timestamptz   not null,
    registered_by  varchar(200)  not null,
    revoked_at     timestamptz,
    revoked_by     varchar(200),
    revoke_reason  varchar(200),
    last_seen_at   timestamptz,
    version        bigint        not null,
    constraint checkin_device_name unique (meeting_id, name),
    constraint checkin_device_token unique (token_hash)
);

-- The device that made a scan, from its token; the old free-text column keeps the device's name for reading.
alter table checkin_scan add column device_id uuid;

-- Each meeting signs its credentials' QR codes with its own Ed25519 key: devices verify a code with the public key
-- and cannot make one. The private key is kept sealed (AES-GCM) under the service's credential key.
create table meeting_signing_key (
    meeting_id           uuid         primary key references meeting (id),
    public_key           bytea        not null,
    sealed_private_key   bytea        not null,
    created_at           timestamptz  not null
);

-- The Ed25519 signature a credential was issued with (null for credentials issued with the older HMAC codes,
-- which stay valid until reissued). The server checks a scanned code against it without a signature check.
alter table credential add column signature bytea;

-- Devices download the credentials and then only what changed since. Each credential row carries the
-- transaction that last changed it (or its holder); a device's cursor is the oldest transaction still running
-- at its last download, so a change committed late is never missed.
alter table credential add column sync_txid xid8 not null default pg_current_xact_id();
create index credential_sync on credential (meeting_id, sync_txid);

create function credential_mark_changed() returns trigger language plpgsql as $$
begin
    new.sync_txid := pg_current_xact_id();
    return new;
end $$;
create trigger credential_changed before update on credential
    for each row execute function credential_mark_changed();

create function attendee_mark_credentials_changed() returns trigger language plpgsql as $$
begin
    update credential set sync_txid = pg_current_xact_id() where attendee_id = new.id;
    return new;
end $$;
create trigger attendee_changed_for_devices after update on attendee
    for each row when (old.name is distinct from new.name or old.unit is distinct from new.unit
        or old.title is distinct from new.title or old.category is distinct from new.category
        or old.delegation is distinct from new.delegation or old.status is distinct from new.status)
    execute function attendee_mark_credentials_changed();
