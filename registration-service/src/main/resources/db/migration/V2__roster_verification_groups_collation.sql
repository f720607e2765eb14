-- How many distinct members of staff must verify each roster entry (2 or 3).
alter table meeting add column required_verifications integer not null default 2;
alter table meeting add constraint meeting_required_verifications check (required_verifications between 2 and 3);

alter table attendee add column phone varchar(30);
alter table attendee add column id_number varchar(18);
alter table attendee add column principal_id uuid references attendee (id);
alter table attendee add column pinyin varchar(300) not null default '';
alter table attendee add column pinyin_initials varchar(100) not null default '';
alter table attendee add column stroke_key bytea;
alter table attendee add column pinyin_key bytea;
alter table attendee add column last_edited_by varchar(200) not null default 'unknown';
create index attendee_by_strokes on attendee (meeting_id, stroke_key);
create index attendee_by_pinyin on attendee (meeting_id, pinyin_key);
create index attendee_pinyin_search on attendee (meeting_id, pinyin varchar_pattern_ops);
create index attendee_principal on attendee (principal_id) where principal_id is not null;

-- A verification counts for the version of the entry it was made on; an edit makes a new version.
create table attendee_verification (
    id                bigserial    primary key,
    attendee_id       uuid         not null references attendee (id),
    attendee_version  bigint       not null,
    verifier          varchar(200) not null,
    verified_at       timestamptz  not null,
    constraint attendee_verification_once unique (attendee_id, attendee_version, verifier)
);

-- Every change to an entry and every verification, with who and when; never updated or deleted.
create table attendee_history (
    id           bigserial    primary key,
    attendee_id  uuid         not null references attendee (id),
    version      bigint       not null,
    action       varchar(20)  not null,
    actor        varchar(200) not null,
    at           timestamptz  not null,
    snapshot     text         not null
);
create index attendee_history_by_attendee on attendee_history (attendee_id, id);

-- The agreed order of delegations, when the organiser sets one.
create table delegation_order (
    meeting_id  uuid         not null references meeting (id),
    name        varchar(100) not null,
    position    integer      not null,
    primary key (meeting_id, name)
);

-- Discussion groups (分组讨论): a room each, one or two conveners.
create table discussion_group (
    id          uuid         primary key,
    meeting_id  uuid         not null references meeting (id),
    name        varchar(100) not null,
    room        varchar(100),
    position    integer      not null default 0,
    version     bigint       not null,
    constraint discussion_group_name unique (meeting_id, name)
);
create table discussion_group_member (
    group_id     uuid    not null references discussion_group (id),
    attendee_id  uuid    not null references attendee (id),
    convener     boolean not null default false,
    primary key (group_id, attendee_id),
    constraint discussion_group_member_once unique (attendee_id)
);

-- Which ICU collation the stored sort keys were made with.
create table collation_info (
    name     varchar(50) primary key,
    version  varchar(50) not null
);

-- One person is on a meeting's roster once: the same resident ID number twice is an error to catch.
create unique index attendee_id_number_once on attendee (meeting_id, id_number)
    where status = 'ACTIVE' and id_number is not null;

-- History lines are written in bulk on imports: ids come from the sequence fifty at a time.
alter sequence attendee_history_id_seq increment by 50;
