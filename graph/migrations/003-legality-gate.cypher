// Legality gate: collection requests, the decisions taken on them, and covert authorizations.
// Decisions are created once and never changed; the unique id makes a second write fail.
CREATE CONSTRAINT collection_request_id IF NOT EXISTS FOR (r:CollectionRequest) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT gate_decision_id IF NOT EXISTS FOR (d:GateDecision) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT authorization_id IF NOT EXISTS FOR (a:Authorization) REQUIRE a.id IS UNIQUE;
CREATE INDEX gate_decision_case IF NOT EXISTS FOR (d:GateDecision) ON (d.caseId, d.decidedAt);
CREATE INDEX gate_decision_requester IF NOT EXISTS FOR (d:GateDecision) ON (d.requesterId, d.decidedAt);
CREATE INDEX authorization_case IF NOT EXISTS FOR (a:Authorization) ON (a.caseId, a.status);
CREATE INDEX authorization_expiry IF NOT EXISTS FOR (a:Authorization) ON (a.status, a.expiresAt);
