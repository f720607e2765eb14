-- The finalised roster (定稿): numbered versions of a meeting's roster, frozen as they stood when an organizer
-- finalised them once every active entry was verified. Never updated or deleted.
create table roster_finalisation (
    meeting_id         uuid         not null references meeting (id),
    version            integer      not null,
    note               varchar(500),
    finalised_by       varchar(200) not null,
    finalised_at       timestamptz  not null,
    entries            integer      not null,
    -- the name collation the entries' sort keys were made with
    collation_version  varchar(50)  not null,
    primary key (meeting_id, version),
    constraint roster_finalisation_version check (version >= 1)
);

-- Each entry of a finalised version as it was: the version of the entry that was verified, the columns its counts
-- and order need, and the entry itself as JSON (no phone, ID number or health need: a finalised roster is printed).
create table roster_finalisation_entry (
    meeting_id        uuid         not null,
    version           integer      not null,
    attendee_id       uuid         not null references attendee (id),
    attendee_version  bigint       not null,
    category          varchar(20)  not null,
    delegation        varchar(100),
    stroke_key        bytea        not null,
    pinyin_key        bytea        not null,
    snapshot          text         not null,
    primary key (meeting_id, version, attendee_id),
    foreign key (meeting_id, version) references roster_finalisation (meeting_id, version)
);
