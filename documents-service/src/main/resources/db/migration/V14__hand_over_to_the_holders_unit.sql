-- Hand-over to the holder's unit (移交所在单位, 账外文件): the second way a copy that is out is settled besides its
-- return. The ledger entry names the unit, the person there who received it and the receipt (移交清单) number.
alter table copy_ledger_entry drop constraint copy_ledger_entry_action_check;
alter table copy_ledger_entry add constraint copy_ledger_entry_action_check
    check (action in ('REGISTERED', 'ISSUED', 'RETURNED', 'TRANSFERRED', 'LOANED', 'MISSING', 'FOUND',
                      'DESTROYED', 'HANDED_OVER'));
alter table copy_ledger_entry add column unit varchar(200);
alter table copy_ledger_entry add column receipt_number varchar(100);
alter table copy_ledger_entry add constraint copy_ledger_entry_hand_over_names_unit_and_receipt
    check ((action = 'HANDED_OVER') = (unit is not null and receipt_number is not null));
create index copy_ledger_entry_receipt on copy_ledger_entry (meeting_id, receipt_number)
    where receipt_number is not null;

-- The highest mark whose copies the organiser lets be handed over; a meeting without a row keeps the default
-- (everything below 绝密).
create table hand_over_policy (
    meeting_id      uuid          primary key,
    highest_level   varchar(20)   not null
        check (highest_level in ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    set_by          varchar(200)  not null,
    set_at          timestamptz   not null,
    version         bigint        not null
);
