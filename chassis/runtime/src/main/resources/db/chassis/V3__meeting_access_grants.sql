-- Who holds which role in which meeting (the meeting is the unit of access). registration-service owns grants and
-- writes this table itself; every other service keeps it as a replica of the events on registration.access. A
-- revoked grant stays as a row (active = false) so that a late, older event cannot bring it back.
create table access_grant (
    meeting_id    uuid          not null,
    subject       varchar(255)  not null,
    role          varchar(30)   not null,
    id            uuid          not null unique,
    display_name  varchar(100),
    active        boolean       not null,
    version       bigint        not null,
    changed_by    varchar(255)  not null,
    changed_at    timestamptz   not null,
    primary key (meeting_id, subject, role)
);
create index access_grant_by_subject on access_grant (subject, meeting_id) where active;
