-- Tables of the chassis, migrated with their own history table (chassis_schema_history) so that they never
-- interfere with a service's own migration numbers.

-- Events recorded in the same transaction as the change that causes them; the relay publishes them to Kafka.
create table outbox_event (
    seq          bigserial    primary key,
    id           uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Events a consumer has applied, recorded in the same transaction as their effect.
create table inbox_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now()
);
create index inbox_event_processed_at on inbox_event (processed_at);

-- The first response to a creating POST that carried an Idempotency-Key, replayed for the same key.
create table idempotent_request (
    principal           varchar(200) not null,
    idempotency_key     varchar(200) not null,
    request_fingerprint varchar(64)  not null,
    response_status     integer      not null,
    response_location   text,
    response_etag       varchar(200),
    response_body       text,
    created_at          timestamptz  not null default now(),
    primary key (principal, idempotency_key)
);
create index idempotent_request_created_at on idempotent_request (created_at);
