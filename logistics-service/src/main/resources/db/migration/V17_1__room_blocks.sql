-- A hotel's contracted block (预订房间数): per night and room type, the rooms it holds for the meeting, with an
-- optional release date (after which the hotel may let unused rooms go) and a note of the rate. Set whole per hotel.
create table room_block (
    hotel_id      uuid          primary key references hotel (id) on delete cascade,
    meeting_id    uuid          not null,
    release_date  date,
    rate_note     varchar(500),
    updated_by    varchar(100),
    updated_at    timestamptz   not null,
    version       bigint        not null
);
create index room_block_meeting on room_block (meeting_id);

create table room_block_night (
    id          uuid          primary key,
    hotel_id    uuid          not null references room_block (hotel_id) on delete cascade,
    meeting_id  uuid          not null,
    night       date          not null,
    room_type   varchar(10)   not null check (room_type in ('SINGLE', 'TWIN', 'SUITE')),
    rooms       integer       not null check (rooms >= 0),
    constraint room_block_night_unique unique (hotel_id, night, room_type)
);
create index room_block_night_meeting on room_block_night (meeting_id, night);
