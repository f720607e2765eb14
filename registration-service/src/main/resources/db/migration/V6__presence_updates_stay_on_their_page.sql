-- A presence row is updated at every pass through its point. None of the updated columns is indexed, so with room
-- left on each page the update stays on the page (HOT) and touches no index.
alter table checkin_presence set (fillfactor = 70);
