-- 回执: each attendee's reply to a version of a notice (attend, on leave with a reason, or a substitute), with
-- companions and needs; a later reply to the same version replaces it.
create table notice_reply (
    notice_id         uuid          not null,
    notice_version    integer       not null,
    attendee_id       uuid          not null references attendee (id),
    answer            varchar(20)   not null,
    reason            varchar(200),
    substitute_name   varchar(50),
    substitute_unit   varchar(100),
    substitute_title  varchar(100),
    companions        integer       not null,
    needs             varchar(200),
    replied_by        varchar(200)  not null,
    replied_at        timestamptz   not null,
    primary key (notice_id, notice_version, attendee_id)
);
