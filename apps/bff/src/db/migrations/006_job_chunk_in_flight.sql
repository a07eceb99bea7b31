-- Since when the current claim's call to Chime may be in flight: set as the call starts, cleared
-- once it is answered (and at each claim). A BFF starting on PGlite, whose data directory no other
-- process shares, takes over at once the chunks a dead process held with no call in flight,
-- instead of waiting out their leases; a chunk whose call may still be in flight keeps its lease.
ALTER TABLE job_chunks ADD COLUMN in_flight_since timestamptz;
