-- The events this service could not apply, kept where an operator can see them and replay them after a fix. Each is
-- also sent to the topic <topic>.<group>.dlq for tools outside the service. One row per message of the source
-- topic: a consumer that dead-letters the same message again after a restart finds it recorded.
create table dead_letter (
    id               uuid         primary key,
    topic            varchar(200) not null,
    kafka_partition  integer      not null,
    kafka_offset     bigint       not null,
    message_key      text,
    payload          bytea        not null,
    event_id         varchar(200),
    event_type       varchar(200),
    subject          text,
    error            text         not null,
    attempts         integer      not null,
    failed_at        timestamptz  not null default now(),
    last_attempt_at  timestamptz  not null default now(),
    status           varchar(20)  not null default 'PENDING'
        check (status in ('PENDING', 'REPLAYED', 'DISCARDED')),
    outcome          varchar(30),
    resolved_at      timestamptz,
    resolved_by      varchar(200),
    reason           text,
    unique (topic, kafka_partition, kafka_offset)
);
create index dead_letter_pending on dead_letter (failed_at) where status = 'PENDING';
