// The records lifecycle: review dates, legal holds and preservation letters.
// Supervisors' review queue reads captures by review date, across their unit's cases.
CREATE INDEX capture_review_due IF NOT EXISTS FOR (k:Capture) ON (k.reviewDueAt);
// A legal hold is one node per hold, never deleted: releasing it stamps who, when and why.
CREATE CONSTRAINT legal_hold_id IF NOT EXISTS FOR (h:LegalHold) REQUIRE h.id IS UNIQUE;
CREATE INDEX legal_hold_case IF NOT EXISTS FOR (h:LegalHold) ON (h.caseId);
// A review decision (keep or purge) is kept as its own node, so a capture's reviews form its history.
CREATE CONSTRAINT capture_review_id IF NOT EXISTS FOR (r:CaptureReview) REQUIRE r.id IS UNIQUE;
