-- Discussion groups (讨论组) as registration publishes them on registration.group: members in registration's order
-- (conveners first) and the staff serving each group. A removed group keeps its row (removed, with its last version)
-- so that an older update read late does not bring it back.
create table discussion_group (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    name            varchar(100)  not null,
    position        integer       not null,
    version         bigint        not null,
    removed         boolean       not null,
    received_at     timestamptz   not null
);
create index discussion_group_meeting on discussion_group (meeting_id);

create table discussion_group_member (
    group_id        uuid          not null references discussion_group (id) on delete cascade,
    meeting_id      uuid          not null,
    attendee_id     uuid          not null,
    name            varchar(100)  not null,
    ordinal         integer       not null,
    convener        boolean       not null,
    staff           boolean       not null,
    primary key (group_id, staff, attendee_id)
);
create index discussion_group_member_meeting on discussion_group_member (meeting_id);

-- Site visits (现场参观): venue's SITE_VISIT sessions as last published (venue.session), with who takes part:
-- categories (the voting members when none), and when given only these delegations and discussion groups.
create table site_visit (
    session_id      uuid          primary key,
    meeting_id      uuid          not null,
    name            varchar(200)  not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    place           varchar(200),
    categories      varchar(40)[] not null,
    delegations     varchar(100)[] not null,
    group_ids       uuid[]        not null,
    version         bigint        not null,
    cancelled       boolean       not null,
    received_at     timestamptz   not null,
    planned_at      timestamptz,
    planned_by      varchar(100)
);
create index site_visit_meeting on site_visit (meeting_id, starts_at);

-- The buses of a visit's plan in force, numbered 1..n, each with its marshal (a staff member of the roster).
create table site_visit_bus (
    id              uuid          primary key,
    session_id      uuid          not null references site_visit (session_id) on delete cascade,
    meeting_id      uuid          not null,
    number          integer       not null check (number > 0),
    vehicle_id      uuid          not null references vehicle (id),
    marshal_id      uuid,
    marshal         varchar(100),
    marshal_rule    varchar(20),
    marshal_explanation     varchar(600),
    marshal_explanation_zh  varchar(600),
    constraint site_visit_bus_number unique (session_id, number),
    constraint site_visit_bus_vehicle unique (session_id, vehicle_id)
);

-- Who rides which bus of a visit: one seat per person per visit, one person per seat.
create table site_visit_rider (
    session_id      uuid          not null references site_visit (session_id) on delete cascade,
    attendee_id     uuid          not null,
    meeting_id      uuid          not null,
    bus_id          uuid          not null references site_visit_bus (id) on delete cascade,
    seat            integer       not null check (seat > 0),
    group_id        uuid,
    group_name      varchar(100),
    convener        boolean       not null,
    rule            varchar(20)   not null,
    rule_key        varchar(200)  not null,
    explanation     varchar(600)  not null,
    explanation_zh  varchar(600)  not null,
    primary key (session_id, attendee_id),
    constraint site_visit_rider_seat unique (bus_id, seat)
);
