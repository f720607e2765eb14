-- The speakers of a session (发言安排) in their order: an attendee of the roster or a guest named in words, the topic
-- and the minutes allowed. Positions run 1, 2, 3... with no gap; a new order is written whole, so the uniqueness
-- of a position is checked at the commit.
create table session_speaker (
    id              uuid         primary key,
    meeting_id      uuid         not null,
    session_id      uuid         not null references venue_session (id),
    position        integer      not null,
    attendee_id     uuid,
    guest_name      varchar(100),
    name            varchar(200) not null,
    topic           varchar(300) not null,
    minutes         integer      not null check (minutes between 1 and 240),
    version         bigint       not null,
    constraint session_speaker_who check ((attendee_id is null) <> (guest_name is null)),
    constraint session_speaker_position unique (session_id, position) deferrable initially deferred
);
