-- Published events move out of outbox_event into outbox_published, so that the queue the relay claims from holds
-- only what is still to be sent: however many events a service has published, claiming the next batch reads a
-- few pages, and publishing one costs a delete and an append instead of a non-HOT update of three indexes.
create table outbox_published (
    seq          bigint       not null,
    id           uuid         not null,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz  not null default now()
);
-- rows arrive in the order they were sent, so a block range index finds the expired ones for housekeeping
create index outbox_published_sent_at on outbox_published using brin (sent_at);

insert into outbox_published (seq, id, topic, message_key, event_type, payload, created_at, sent_at)
select seq, id, topic, message_key, event_type, payload, created_at, sent_at from outbox_event
where sent_at is not null;
delete from outbox_event where sent_at is not null;

drop index outbox_event_unsent;
drop index outbox_event_sent_at;
alter table outbox_event drop column sent_at;
