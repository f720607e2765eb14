-- Delegations (代表团) as records of their own: a name (how the roster's entries name their delegation), the place in
-- the agreed order, the hotel it asks for and its leaders. The agreed order moves onto the delegations it names.
create table delegation (
    id               uuid          primary key,
    meeting_id       uuid          not null references meeting (id),
    name             varchar(100)  not null,
    position         integer,
    preferred_hotel  varchar(100),
    version          bigint        not null,
    updated_by       varchar(200),
    updated_at       timestamptz   not null,
    constraint delegation_name unique (meeting_id, name),
    -- checked at commit, so that an order can be rearranged one row at a time
    constraint delegation_position unique (meeting_id, position) deferrable initially deferred
);

-- 团长, 副团长, 联络员: active entries of the roster in the delegation.
create table delegation_leader (
    delegation_id  uuid         not null references delegation (id),
    attendee_id    uuid         not null references attendee (id),
    role           varchar(20)  not null,
    primary key (delegation_id, attendee_id)
);
create index delegation_leader_attendee on delegation_leader (attendee_id);

insert into delegation (id, meeting_id, name, position, version, updated_at)
    select gen_random_uuid(), meeting_id, name, position, 0, now() from delegation_order;
drop table delegation_order;

-- The size of room a discussion group asks venue for (seats).
alter table discussion_group add column requested_room_size integer;
