-- The rest of the roster's fields (DOMAIN.md, names; EVENTS.md, the attendee snapshot): ethnic group by its GB/T 3304
-- code, sector (界别), party, grade (职级), role in the delegation, and needs: diets, accessibility, health.
alter table attendee add column ethnicity varchar(2);
alter table attendee add column sector varchar(50);
alter table attendee add column party varchar(20);
alter table attendee add column grade varchar(30);
alter table attendee add column delegation_role varchar(20);
-- the diets' names separated by commas, empty for none
alter table attendee add column diet varchar(200) not null default '';
alter table attendee add column accessibility_needs varchar(200);
-- health information: shown to organizers and the attendee only, never published
alter table attendee add column health_needs varchar(200);

-- An entry's number may be from a passport or a permit as well as a mainland resident ID card; numbers entered
-- before were all mainland ones, checked as such.
alter table attendee alter column id_number type varchar(30);
alter table attendee add column id_type varchar(20);
update attendee set id_type = 'MAINLAND_ID' where id_number is not null;
alter table attendee add constraint attendee_id_type_with_number check ((id_type is null) = (id_number is null));
