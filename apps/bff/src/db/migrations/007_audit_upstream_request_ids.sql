-- A console request may call Chime more than once (a read before a change, a write then its
-- read-back); its entry names every call, not just the last.
ALTER TABLE audit_log ADD COLUMN upstream_request_ids text[];
