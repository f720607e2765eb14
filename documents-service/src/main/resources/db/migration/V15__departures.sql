-- Who leaves when (离会): per person, the departure registration's travel report gives (the train or flight) and
-- the send-off logistics scheduled (the vehicle leaving the hotel, with the trip it goes to). The send-off's leaving
-- time counts when there is one, else the reported trip's. Copies still due from someone leaving are recovered
-- before they go (离会前清退).
create table attendee_departure (
    meeting_id          uuid          not null,
    attendee_id         uuid          not null,
    -- travel-reported (DEPARTURE) on registration.travel; a withdrawal clears the trip and keeps its version, so an
    -- older report arriving late changes nothing
    reported_version    bigint,
    reported_at         timestamptz,
    reported_mode       varchar(20),
    reported_number     varchar(40),
    reported_place      varchar(200),
    -- departure-scheduled on logistics.transport; ordered by the event's time (it carries no version)
    scheduled_as_of     timestamptz,
    send_off_id         uuid,
    leave_at            timestamptz,
    trip_at             timestamptz,
    trip_mode           varchar(20),
    trip_number         varchar(40),
    trip_place          varchar(200),
    ticket_status       varchar(20),
    plate               varchar(40),
    primary key (meeting_id, attendee_id)
);
create index attendee_departure_leave on attendee_departure (meeting_id, coalesce(leave_at, reported_at));
