-- The roster copy is now the chassis's roster replica (table roster_attendee, its own migration history).
drop table attendee;
