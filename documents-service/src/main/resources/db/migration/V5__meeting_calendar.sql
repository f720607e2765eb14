-- The meetings' last days, from registration's meeting-updated: an automatic recall's deadline is the meeting's end.
create table meeting_calendar (
    meeting_id      uuid          primary key,
    end_date        date          not null,
    version         bigint        not null
);
-- A recall opened by a phase change records which one, so that replaying it cannot open a second recall.
alter table recall add column opened_at_phase varchar(20);
