-- Admissions at a session's door (registration's attendee-checked-in whose list is the session's), and their
-- annulment: someone is present at the session while an admission of theirs stands. An annulment arriving before
-- its admission is kept, so that the admission then changes nothing.
create table session_checkin (
    scan_id         uuid         primary key,
    meeting_id      uuid         not null,
    session_id      uuid         not null,
    attendee_id     uuid         not null,
    scanned_at      timestamptz  not null,
    annulled        boolean      not null
);

create index session_checkin_session on session_checkin (session_id) where not annulled;
