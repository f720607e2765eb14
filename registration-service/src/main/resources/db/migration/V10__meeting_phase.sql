-- Where a meeting stands: PREPARING (会前), IN_SESSION (会中), CLOSING (会后: recall, settlement), CLOSED.
alter table meeting add column phase varchar(20) not null default 'PREPARING';
alter table meeting add column phase_changed_at timestamptz;
alter table meeting add column phase_changed_by varchar(200);
