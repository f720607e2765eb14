create table meeting (
    id          uuid         primary key,
    name        varchar(200) not null,
    start_date  date         not null,
    end_date    date         not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint meeting_dates check (end_date >= start_date)
);

create table attendee (
    id          uuid         primary key,
    meeting_id  uuid         not null references meeting (id),
    name        varchar(50)  not null,
    gender      varchar(10)  not null,
    category    varchar(20)  not null,
    delegation  varchar(100),
    unit        varchar(200),
    title       varchar(200),
    rank        integer,
    status      varchar(20)  not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint attendee_rank check (rank is null or rank >= 1)
);
create index attendee_meeting on attendee (meeting_id, status);
