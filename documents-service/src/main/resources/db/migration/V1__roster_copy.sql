-- This service's own copy of the roster, kept from registration's attendee events.
create table attendee (
    id              uuid         primary key,
    meeting_id      uuid         not null,
    name            varchar(50)  not null,
    gender          varchar(10)  not null,
    category        varchar(20)  not null,
    delegation      varchar(100),
    unit            varchar(200),
    title           varchar(200),
    rank            integer,
    withdrawn       boolean      not null,
    source_version  bigint       not null,
    updated_at      timestamptz  not null
);
create index attendee_meeting on attendee (meeting_id) where not withdrawn;
