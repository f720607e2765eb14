-- One room assignment job runs at a time per meeting: two staff starting one at the same moment cannot both win.
create unique index assignment_job_one_running on assignment_job (meeting_id) where status in ('QUEUED', 'RUNNING');
