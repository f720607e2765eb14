-- Pickups (接站): a vehicle of a wave (the people arriving at one place within one window, bound for one hotel) and
-- who rides it. A wave is planned again as a whole: its pickups are replaced, those of other waves stay. A completed
-- pickup is never planned again.
create table pickup (
    id              uuid          primary key,
    meeting_id      uuid          not null,
    wave_key        varchar(300)  not null,
    place           varchar(200)  not null,
    wave_start      timestamptz   not null,
    wave_last       timestamptz   not null,
    hotel_id        uuid,
    hotel           varchar(100),
    vehicle_id      uuid          not null references vehicle (id),
    status          varchar(10)   not null check (status in ('SCHEDULED', 'COMPLETED')),
    window_minutes  integer       not null,
    scheduled_at    timestamptz   not null,
    completed_at    timestamptz,
    completed_by    varchar(100),
    version         bigint        not null,
    constraint pickup_vehicle_once_per_wave unique (meeting_id, wave_key, vehicle_id)
);
create index pickup_meeting on pickup (meeting_id, wave_start);

-- One pickup per person. seat is the rider's order in the vehicle (companions take the seats after it); position
-- is the protocol seat in a VIP car (REAR_RIGHT...), SEAT_n elsewhere.
create table pickup_rider (
    id              uuid          primary key,
    pickup_id       uuid          not null references pickup (id) on delete cascade,
    meeting_id      uuid          not null,
    attendee_id     uuid          not null,
    seat            integer       not null,
    position        varchar(20)   not null,
    companions      integer       not null,
    arrival_at      timestamptz   not null,
    mode            varchar(10)   not null,
    number          varchar(20),
    rule            varchar(20)   not null,
    rule_key        varchar(300)  not null,
    explanation     varchar(600)  not null,
    explanation_zh  varchar(600)  not null,
    constraint pickup_rider_once unique (meeting_id, attendee_id)
);
