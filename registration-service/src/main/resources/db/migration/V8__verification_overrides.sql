-- An organizer's decision to let one version of a roster entry pass without the verifications the meeting requires,
-- with the reason: it counts for that version only, like a verification. Never updated or deleted.
create table attendee_verification_override (
    id                uuid         primary key,
    meeting_id        uuid         not null references meeting (id),
    attendee_id       uuid         not null references attendee (id),
    attendee_version  bigint       not null,
    reason            varchar(500) not null,
    overridden_by     varchar(200) not null,
    overridden_at     timestamptz  not null,
    constraint attendee_verification_override_once unique (attendee_id, attendee_version)
);
create index attendee_verification_override_by_meeting
    on attendee_verification_override (meeting_id, overridden_at desc, id);
