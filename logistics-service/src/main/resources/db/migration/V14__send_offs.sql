-- Send-offs (送站): a vehicle of a group (the people leaving from one station within one window, fetched from one
-- hotel) and who rides it. Applying a plan replaces the meeting's send-offs as a whole; departure-scheduled goes
-- out for each person whose arrangement changed.
create table send_off (
    id               uuid          primary key,
    meeting_id       uuid          not null,
    group_key        varchar(300)  not null,
    place            varchar(200)  not null,
    first_departure  timestamptz   not null,
    last_departure   timestamptz   not null,
    leave_at         timestamptz   not null,
    hotel_id         uuid,
    hotel            varchar(100),
    vehicle_id       uuid          not null references vehicle (id),
    scheduled_at     timestamptz   not null,
    version          bigint        not null,
    constraint send_off_vehicle_once_per_group unique (meeting_id, group_key, vehicle_id)
);
create index send_off_meeting on send_off (meeting_id, leave_at);

-- One send-off per person. seat is the order in the vehicle (companions take the seats after it); position the
-- protocol seat in a VIP car, SEAT_n elsewhere. The trip is the open ticket's when the person has one, else the
-- departure registration reported.
create table send_off_rider (
    id              uuid          primary key,
    send_off_id     uuid          not null references send_off (id) on delete cascade,
    meeting_id      uuid          not null,
    attendee_id     uuid          not null,
    seat            integer       not null,
    position        varchar(20)   not null,
    companions      integer       not null,
    departs_at      timestamptz   not null,
    mode            varchar(10)   not null,
    number          varchar(20),
    ticket_id       uuid,
    rule            varchar(20)   not null,
    rule_key        varchar(300)  not null,
    explanation     varchar(600)  not null,
    explanation_zh  varchar(600)  not null,
    constraint send_off_rider_once unique (meeting_id, attendee_id)
);
