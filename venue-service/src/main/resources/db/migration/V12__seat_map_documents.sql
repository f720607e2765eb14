-- A seat map is made from a grid spec or given whole as a document: each version keeps the one it came from.
alter table seat_map alter column spec drop not null;
alter table seat_map add column document text;
alter table seat_map add constraint seat_map_spec_or_document check ((spec is null) <> (document is null));
