-- One row that every relay of the service locks for the length of a round (claim, send, wait for Kafka, move the
-- rows): however many instances run, rounds happen one after another, so each aggregate's events reach Kafka in
-- the order they were committed. A relay that finds it locked waits for its next turn instead of claiming rows.
create table outbox_relay_turn (
    id  integer primary key
);
insert into outbox_relay_turn (id) values (1);
