// Account linking: avatar hashes are looked up by equality when an analyst checks a suggestion,
// and decisions are listed by time and matched by evidence fingerprint.
CREATE INDEX account_avatar_sha256 IF NOT EXISTS FOR (a:Account) ON (a.avatarSha256);
CREATE INDEX account_avatar_phash IF NOT EXISTS FOR (a:Account) ON (a.avatarPhash);
CREATE INDEX same_operator_decided_at IF NOT EXISTS FOR ()-[r:SAME_OPERATOR]-() ON (r.decidedAt);
CREATE INDEX rejected_link_fingerprint IF NOT EXISTS FOR ()-[r:REJECTED_LINK]-() ON (r.fingerprint);
