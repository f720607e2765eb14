-- Roster imports run as jobs; a rejected file leaves nothing behind but its job.
create table import_job (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    file_name       varchar(200),
    format          varchar(10)  not null,
    status          varchar(10)  not null,
    total_rows      integer      not null default 0,
    processed_rows  integer      not null default 0,
    imported        integer      not null default 0,
    errors          text,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    finished_at     timestamptz
);

-- The meeting plan (会议方案): draft, submitted, approved; every version kept.
alter table meeting add column purpose text;
alter table meeting add column form varchar(100);
alter table meeting add column scale integer;
alter table meeting add column agenda text;
alter table meeting add column budget numeric(14, 2);
alter table meeting add column leadership text;
alter table meeting add column plan_status varchar(10) not null default 'DRAFT';
alter table meeting add column plan_version integer not null default 1;

create table meeting_plan_version (
    meeting_id  uuid         not null references meeting (id),
    version     integer      not null,
    status      varchar(10)  not null,
    action      varchar(20)  not null,
    plan        text         not null,
    actor       varchar(200) not null,
    at          timestamptz  not null,
    comment     varchar(500),
    primary key (meeting_id, version)
);

-- Working groups (会务工作班子: 秘书, 材料, 保障, 新闻...) and their staff.
create table working_group (
    id          uuid         primary key,
    meeting_id  uuid         not null references meeting (id),
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    leader      varchar(100),
    version     bigint       not null,
    constraint working_group_name unique (meeting_id, name)
);
create table working_group_member (
    id        uuid         primary key,
    group_id  uuid         not null references working_group (id),
    name      varchar(50)  not null,
    phone     varchar(30),
    duty      varchar(200),
    position  integer      not null
);

-- The task plan (实施计划): who does what by when.
create table meeting_task (
    id            uuid         primary key,
    meeting_id    uuid         not null references meeting (id),
    group_id      uuid         references working_group (id),
    title         varchar(200) not null,
    requirement   text,
    owner         varchar(100) not null,
    deadline      timestamptz  not null,
    status        varchar(20)  not null,
    completed_at  timestamptz,
    version       bigint       not null
);
create index meeting_task_due on meeting_task (meeting_id, deadline) where status in ('TODO', 'IN_PROGRESS');

-- Notices (会议通知) with their eight elements; supplementary notices are further versions.
create table notice (
    id               uuid         primary key,
    meeting_id       uuid         not null references meeting (id),
    current_version  integer      not null,
    version          bigint       not null
);
create table notice_version (
    notice_id       uuid         not null references notice (id),
    version         integer      not null,
    name            varchar(200) not null,
    content         text         not null,
    participants    text         not null,
    check_in        text         not null,
    duration        text         not null,
    venue           text         not null,
    dress           text         not null,
    notes           text         not null,
    change_summary  varchar(500),
    issued_by       varchar(200) not null,
    issued_at       timestamptz  not null,
    primary key (notice_id, version)
);
create table notice_acknowledgement (
    notice_id        uuid         not null references notice (id),
    version          integer      not null,
    attendee_id      uuid         not null references attendee (id),
    acknowledged_at  timestamptz  not null,
    recorded_by      varchar(200) not null,
    primary key (notice_id, version, attendee_id)
);

-- Arrival and departure reports (报到车次、返程): what pickups and send-offs are planned from.
create table travel_report (
    id           uuid         primary key,
    meeting_id   uuid         not null references meeting (id),
    attendee_id  uuid         not null references attendee (id),
    direction    varchar(10)  not null,
    mode         varchar(10)  not null,
    number       varchar(20),
    at           timestamptz  not null,
    place        varchar(100) not null,
    companions   integer      not null default 0,
    note         varchar(500),
    reported_by  varchar(200) not null,
    reported_at  timestamptz  not null,
    version      bigint       not null,
    constraint travel_report_once unique (attendee_id, direction)
);
create index travel_report_by_time on travel_report (meeting_id, direction, at);
