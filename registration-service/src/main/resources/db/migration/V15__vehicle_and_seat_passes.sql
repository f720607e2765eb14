-- Vehicles as logistics registers them (vehicle-registered on logistics.transport): a 车辆通行证 is issued to a
-- vehicle, not to a person. The plate is printed on the pass; the driver's name is shown with it.
create table vehicle (
    id             uuid          primary key,
    meeting_id     uuid          not null,
    plate          varchar(20)   not null,
    kind           varchar(30),
    driver         varchar(100),
    registered_at  timestamptz   not null
);
create index vehicle_by_meeting on vehicle (meeting_id, plate);

-- A credential type is for people (by category) or for vehicles; a seat pass (座次证) prints the holder's seat.
alter table credential_type add column holder varchar(10) not null default 'PERSON';
alter table credential_type add column seat_pass boolean not null default false;
alter table credential_type add constraint credential_type_seat_pass_for_people
    check (not seat_pass or holder = 'PERSON');

-- A credential belongs to one person or one vehicle.
alter table credential alter column attendee_id drop not null;
alter table credential add column vehicle_id uuid references vehicle (id);
alter table credential add constraint credential_one_holder check ((attendee_id is null) <> (vehicle_id is null));
create unique index credential_one_active_per_vehicle_type on credential (vehicle_id, type_id)
    where status = 'ACTIVE' and vehicle_id is not null;

-- 核发: when the printed card was handed over at 报到, to whom, and by which member of staff.
alter table credential add column handed_over_at timestamptz;
alter table credential add column handed_over_by varchar(200);
alter table credential add column received_by varchar(100);
