-- Each hotel's own rooming list layout: which of our fields go in which column under which header (JSON array of
-- {"field","header"} in column order). No row: the default layout.
create table rooming_mapping (
    hotel_id    uuid          primary key references hotel (id) on delete cascade,
    meeting_id  uuid          not null,
    columns     text          not null,
    updated_by  varchar(100),
    updated_at  timestamptz   not null,
    version     bigint        not null
);

-- The rooming lists sent to a hotel, numbered per hotel: the rows as sent (entries: JSON, by attendee), and for every
-- list after the first the change request it makes against the one before (JSON: added, removed, changed).
create table rooming_list_version (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    hotel_id    uuid          not null references hotel (id) on delete cascade,
    number      integer       not null check (number >= 1),
    kind        varchar(10)   not null check (kind in ('FULL', 'CHANGES')),
    entries     text          not null,
    changes     text,
    sent_by     varchar(100),
    sent_at     timestamptz   not null,
    constraint rooming_list_version_unique unique (hotel_id, number)
);
