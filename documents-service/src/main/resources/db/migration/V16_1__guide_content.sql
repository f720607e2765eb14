-- what the organiser or the secretariat write for the guide: notices (titled sections) and staff contacts
create table guide_content (
    meeting_id   uuid          primary key,
    version      bigint        not null,
    notices      jsonb         not null,
    contacts     jsonb         not null,
    updated_by   varchar(200)  not null,
    updated_at   timestamptz   not null
);
