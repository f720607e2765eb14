-- Every scan of a meeting referenced the same meeting row and the same check-in list row through foreign keys, so
-- each check-in took a share lock on those two rows; with dozens of doors scanning at once that made PostgreSQL
-- hand out multixacts on two rows all day, and it capped check-ins. Meetings and check-in lists are never deleted,
-- and the service writes scans and presence only for a list it has just read from the same meeting, so these
-- references are kept by the service instead. The references to attendees and credentials (many different rows)
-- stay.
alter table checkin_scan drop constraint checkin_scan_meeting_id_fkey;
alter table checkin_scan drop constraint checkin_scan_list_id_fkey;
alter table checkin_presence drop constraint checkin_presence_list_id_fkey;
