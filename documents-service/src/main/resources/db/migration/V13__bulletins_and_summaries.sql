-- 会议简报 (bulletins) and 会议纪要 (the meeting's summary): draft -> submitted -> approved (by someone other than
-- the author) -> published with a distribution list. A bulletin is numbered 第N期 when it is published: per meeting,
-- gap-free (the counter is taken in the publishing transaction) and unique (a constraint). One summary is in force
-- per meeting; a later one supersedes it.
create table publication (
    id             uuid          primary key,
    meeting_id     uuid          not null,
    kind           varchar(10)   not null,
    state          varchar(12)   not null,
    masthead       varchar(100)  not null,
    title          varchar(200)  not null,
    issuing_body   varchar(200)  not null,
    body           text          not null,
    author         varchar(200)  not null,
    created_at     timestamptz   not null,
    submitted_by   varchar(200),
    submitted_at   timestamptz,
    approved_by    varchar(200),
    approved_at    timestamptz,
    published_by   varchar(200),
    published_at   timestamptz,
    issue_number   integer,
    distribution   jsonb,
    supersedes     uuid          references publication (id),
    superseded_by  uuid          references publication (id),
    constraint publication_kind check (kind in ('BULLETIN', 'SUMMARY')),
    constraint publication_state check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    constraint publication_approver_is_not_the_author check (approved_by is null or approved_by <> author),
    constraint publication_published_with_its_distribution check ((published_at is null) = (distribution is null)),
    constraint bulletin_numbered_when_published check (kind <> 'BULLETIN'
        or (issue_number is null) = (published_at is null)),
    constraint summary_not_numbered check (kind <> 'SUMMARY' or issue_number is null),
    constraint publication_issue_number_unique unique (meeting_id, kind, issue_number)
);
create index publication_meeting on publication (meeting_id, kind, created_at);
create unique index publication_one_summary_in_force on publication (meeting_id)
    where kind = 'SUMMARY' and state = 'PUBLISHED';

-- the last issue number given per meeting and kind
create table publication_counter (
    meeting_id   uuid         not null,
    kind         varchar(10)  not null,
    last_number  integer      not null,
    primary key (meeting_id, kind)
);
