-- The key handed over at 报到: by the desk's check-in (which an annulled check-in takes back) or by staff by hand
-- (which stays). The check-in that made the stay ARRIVED is kept, so that only its annulment takes the arrival back.
alter table stay add column arrived_at timestamptz;
alter table stay add column key_handed_by varchar(100);
alter table stay add column key_by_hand boolean not null default false;
alter table stay add column checkin_scan_id uuid;
