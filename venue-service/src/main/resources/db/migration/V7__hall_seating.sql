-- The agreed order of each meeting's delegations (约定顺序), as registration publishes it (delegation-order-set);
-- hall seating lays delegation blocks out in it.
create table delegation_order (
    meeting_id      uuid         not null,
    position        integer      not null,
    name            varchar(100) not null,
    set_at          timestamptz  not null,
    primary key (meeting_id, position)
);

-- The hall seating plan last applied to a session: its number and the rules it was made with.
create table hall_seating (
    session_id      uuid         primary key references venue_session (id),
    hall_id         uuid         not null references venue_space (id),
    version         bigint       not null,
    policy          text         not null,
    applied_by      varchar(200),
    applied_at      timestamptz  not null
);

-- Every seat the plan uses: who it seats (none when kept empty for someone absent, or spare in a block), the zone
-- and delegation of its block, and the rule and key that put them there, in words. A late change starts from it.
create table hall_seating_seat (
    session_id      uuid         not null references hall_seating (session_id),
    seat_id         varchar(40)  not null,
    attendee_id     uuid,
    kind            varchar(12)  not null,
    zone            integer      not null,
    delegation      varchar(100),
    rule            varchar(20)  not null,
    sort_key        varchar(200),
    why             varchar(1000) not null,
    primary key (session_id, seat_id)
);
