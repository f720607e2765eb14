-- Supplies (会议用品): items with their stock and unit cost charged to the meeting's budget lines, kits (the material
-- bag of a category of people) made of items, and the kits handed out. Stock never goes below zero: the check is the
-- last guard when two desks hand out the last bag at once.
create table budget_line (
    id          uuid           primary key,
    meeting_id  uuid           not null,
    code        varchar(40)    not null,
    name        varchar(100)   not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    updated_by  varchar(100),
    updated_at  timestamptz    not null,
    version     bigint         not null,
    constraint budget_line_code_unique unique (meeting_id, code)
);

create table supply_item (
    id              uuid           primary key,
    meeting_id      uuid           not null,
    name            varchar(100)   not null,
    unit            varchar(20)    not null,
    unit_cost       numeric(12, 2) not null check (unit_cost >= 0),
    stock           integer        not null check (stock >= 0),
    budget_line_id  uuid           references budget_line (id),
    updated_by      varchar(100),
    updated_at      timestamptz    not null,
    version         bigint         not null,
    constraint supply_item_name_unique unique (meeting_id, name)
);

-- Every change of stock, kept: received, written off, counted, handed out in a kit.
create table stock_movement (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    item_id      uuid          not null references supply_item (id),
    delta        integer       not null check (delta <> 0),
    reason       varchar(20)   not null,
    note         varchar(500),
    kit_issue_id uuid,
    actor        varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index stock_movement_item on stock_movement (item_id, recorded_at);

create table kit (
    id          uuid          primary key,
    meeting_id  uuid          not null,
    name        varchar(100)  not null,
    categories  varchar(200)  not null,
    updated_by  varchar(100),
    updated_at  timestamptz   not null,
    version     bigint        not null,
    constraint kit_name_unique unique (meeting_id, name)
);

create table kit_item (
    kit_id    uuid     not null references kit (id) on delete cascade,
    item_id   uuid     not null references supply_item (id),
    quantity  integer  not null check (quantity between 1 and 1000),
    primary key (kit_id, item_id)
);

-- One kit of a kind per person: the unique constraint decides between two desks scanning the same person at once.
create table kit_issue (
    id           uuid          primary key,
    meeting_id   uuid          not null,
    kit_id       uuid          not null references kit (id),
    attendee_id  uuid          not null,
    issued_by    varchar(100)  not null,
    issued_at    timestamptz   not null,
    constraint kit_issue_once unique (kit_id, attendee_id)
);
create index kit_issue_meeting on kit_issue (meeting_id, attendee_id);
