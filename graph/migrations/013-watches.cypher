// Watches: repeated collections of one target on a schedule. The Watch node is the source of truth
// that the job schedulers in Redis are rebuilt from; each run is a WatchRun found by the id of the
// scheduler's job, so a job that runs twice records one run.
CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (w:Watch) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT watch_run_id IF NOT EXISTS FOR (r:WatchRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX watch_status IF NOT EXISTS FOR (w:Watch) ON (w.status);
// A run's capture is found by the collection request the run submitted.
CREATE INDEX capture_request_id IF NOT EXISTS FOR (k:Capture) ON (k.requestId);
