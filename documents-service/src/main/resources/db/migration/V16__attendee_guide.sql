-- The attendee guide (会议须知), compiled from what the other services publish: the meetings' names
-- (registration.meeting), the discussion groups (registration.group), the seats (venue.seating), the rooms
-- (logistics.lodging) and the tables (logistics.dining). Seats, rooms and tables carry no version: their events are
-- keyed by the attendee, so one person's arrive in order.
create table guide_meeting (
    meeting_id   uuid          primary key,
    name         varchar(200)  not null,
    version      bigint        not null
);

-- each discussion group at its newest version; a removed group is kept, marked removed, so that an older update
-- arriving after its removal cannot bring it back
create table guide_group (
    group_id     uuid          primary key,
    meeting_id   uuid          not null,
    version      bigint        not null,
    name         varchar(100)  not null,
    position     integer       not null,
    room         varchar(100),
    members      jsonb         not null default '[]',
    removed      boolean       not null default false
);
create index guide_group_meeting on guide_group (meeting_id, position);

-- a person's seat in each layout: a session's seating (layout = the session id) or the standing layout (STANDING)
create table guide_seat (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    layout       varchar(36)   not null,
    session_id   uuid,
    seat_id      varchar(100)  not null,
    seat_label   varchar(200)  not null,
    hall         varchar(200)  not null,
    floor        integer       not null,
    block        varchar(100)  not null,
    seat_row     integer       not null,
    seat_number  integer       not null,
    primary key (meeting_id, attendee_id, layout)
);

-- where a person sleeps, with their roommates as the last change left them
create table guide_room (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    hotel        varchar(200)  not null,
    building     varchar(200)  not null,
    floor        integer       not null,
    room_id      uuid          not null,
    room         varchar(100)  not null,
    bed          varchar(20)   not null,
    phone        varchar(50),
    roommates    jsonb         not null default '[]',
    primary key (meeting_id, attendee_id)
);

-- where a person sits at each meal
create table guide_table (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    meal_id      uuid          not null,
    day          date          not null,
    meal         varchar(20)   not null,
    hall         varchar(200)  not null,
    table_id     uuid          not null,
    table_number varchar(50)   not null,
    seat         varchar(20)   not null,
    diet         jsonb         not null default '[]',
    primary key (meeting_id, attendee_id, meal_id)
);

-- a person's page of the guide: its revision moves, in the transaction of the change, whenever something it shows
-- changes (a seat, a room or roommates, a table)
create table guide_page_revision (
    meeting_id   uuid          not null,
    attendee_id  uuid          not null,
    revision     bigint        not null,
    changed_at   timestamptz   not null,
    primary key (meeting_id, attendee_id)
);
