// The audit trail of the API: every mutation and every read of case content, found by case or by
// actor, newest first.
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_event_case_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.caseId, e.at);
CREATE INDEX audit_event_actor_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.actorId, e.at);
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
