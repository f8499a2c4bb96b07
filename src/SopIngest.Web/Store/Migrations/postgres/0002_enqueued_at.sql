-- When the document's current job was enqueued: the recovery sweep re-enqueues a queued document whose job has
-- not started for a long time (a job lost by the job storage during an outage).
ALTER TABLE documents ADD COLUMN enqueued_at timestamptz NULL;
