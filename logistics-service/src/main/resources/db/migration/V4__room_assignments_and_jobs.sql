-- Who sleeps where: one bed per person in a meeting, one person per bed (the database refuses a bed given twice).
-- A placement made by hand is pinned: the planner never moves it.
create table room_assignment (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    room_id      uuid          not null references room (id),
    bed          integer       not null check (bed >= 1),
    pinned       boolean       not null,
    assigned_by  varchar(100),
    assigned_at  timestamptz   not null,
    version      bigint        not null,
    constraint room_assignment_person_unique unique (meeting_id, attendee_id),
    constraint room_assignment_bed_unique unique (room_id, bed)
);
create index room_assignment_room on room_assignment (room_id);

-- Room assignment by rules runs as a job; its proposed plan is kept until someone applies it, so a job that never
-- finishes leaves the plan in force untouched.
create table assignment_job (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    status       varchar(20)   not null,
    progress     integer       not null,
    phase        varchar(200),
    request      text          not null,
    result       text,
    error        text,
    started_by   varchar(100),
    created_at   timestamptz   not null,
    finished_at  timestamptz,
    applied_at   timestamptz,
    version      bigint        not null
);
create index assignment_job_meeting on assignment_job (meeting_id, created_at);
