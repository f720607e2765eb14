-- Credential types of a meeting (出席证, 列席证, 工作证, 座次证, 车辆通行证, ...): a colour and a number prefix each.
create table credential_type (
    id           uuid         primary key,
    meeting_id   uuid         not null references meeting (id),
    name         varchar(50)  not null,
    colour       varchar(7)   not null,
    prefix       varchar(8)   not null,
    categories   varchar(200) not null,
    next_serial  integer      not null default 1,
    version      bigint       not null,
    constraint credential_type_name unique (meeting_id, name),
    constraint credential_type_prefix unique (meeting_id, prefix)
);

-- A credential issued to one person, numbered within its type. Revoked ones stay on record.
create table credential (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    type_id         uuid         not null references credential_type (id),
    attendee_id     uuid         not null references attendee (id),
    serial          integer      not null,
    number          varchar(20)  not null,
    status          varchar(10)  not null,
    issued_at       timestamptz  not null,
    issued_by       varchar(200) not null,
    revoked_at      timestamptz,
    revoked_by      varchar(200),
    revoked_reason  varchar(200),
    replaces        uuid         references credential (id),
    version         bigint       not null,
    constraint credential_serial unique (type_id, serial),
    constraint credential_number unique (meeting_id, number)
);
create unique index credential_one_active_per_type on credential (attendee_id, type_id) where status = 'ACTIVE';
create index credential_by_attendee on credential (attendee_id);

-- Check-in points: the registration desk, each door, the dining hall...
create table checkin_list (
    id             uuid         primary key,
    meeting_id     uuid         not null references meeting (id),
    name           varchar(100) not null,
    kind           varchar(20)  not null,
    categories     varchar(200) not null,
    opens_at       timestamptz,
    closes_at      timestamptz,
    allow_reentry  boolean      not null,
    track_exit     boolean      not null,
    version        bigint       not null,
    constraint checkin_list_name unique (meeting_id, name)
);

-- Where each person stands on each list: in or out, since when, how many entries.
create table checkin_presence (
    list_id         uuid        not null references checkin_list (id),
    attendee_id     uuid        not null references attendee (id),
    inside          boolean     not null,
    entries         integer     not null,
    first_entry_at  timestamptz not null,
    last_change_at  timestamptz not null,
    primary key (list_id, attendee_id)
);

-- Every scan, admitted or refused, with the client's nonce: the same nonce is one scan.
create table checkin_scan (
    id             uuid         primary key,
    meeting_id     uuid         not null references meeting (id),
    nonce          varchar(100) not null,
    list_id        uuid         not null references checkin_list (id),
    attendee_id    uuid         references attendee (id),
    credential_id  uuid         references credential (id),
    direction      varchar(5)   not null,
    result         varchar(30)  not null,
    scanned_at     timestamptz  not null,
    received_at    timestamptz  not null,
    offline        boolean      not null,
    conflict       varchar(200),
    device         varchar(100),
    operator       varchar(200) not null,
    method         varchar(10)  not null,
    annulled_at    timestamptz,
    annulled_by    varchar(200),
    annul_reason   varchar(200),
    constraint checkin_scan_nonce unique (meeting_id, nonce)
);
create index checkin_scan_by_list on checkin_scan (list_id, scanned_at);
create index checkin_scan_by_attendee on checkin_scan (attendee_id, list_id);
create index checkin_scan_conflicts on checkin_scan (list_id) where conflict is not null;
