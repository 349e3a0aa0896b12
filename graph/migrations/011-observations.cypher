// Observations: what each capture read about an account or a post is an Observation node named by
// its content hash, and a capture points at it (OBSERVED, with its case and time); the Account and
// Post nodes keep only their platform key. Changes between two observations of one case are Change
// nodes. This migration turns the properties the ingest used to overwrite into one observation per
// node, observed by every capture that CAPTURED the node, and then removes them from the node.
CREATE CONSTRAINT observation_hash IF NOT EXISTS FOR (o:Observation) REQUIRE o.hash IS UNIQUE;
CREATE CONSTRAINT change_key IF NOT EXISTS FOR (ch:Change) REQUIRE ch.key IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (ch:Change) REQUIRE ch.id IS UNIQUE;
CREATE INDEX change_case_at IF NOT EXISTS FOR (ch:Change) ON (ch.caseId, ch.at);
CREATE INDEX observed_case_at IF NOT EXISTS FOR ()-[r:OBSERVED]-() ON (r.caseId, r.at);
CREATE FULLTEXT INDEX observation_text IF NOT EXISTS FOR (o:Observation) ON EACH [o.text, o.handle, o.displayName, o.bio];
// Posts read before observations existed: one legacy observation each (its hash says so, since the
// properties were one overwritten set), observed by each capture that captured the post, with the
// stored response it was read from when that capture kept it.
MATCH (p:Post) WHERE p.text IS NOT NULL AND EXISTS { (:Capture)-[:CAPTURED]->(p) }
CALL (p) {
  CREATE (o:Observation {hash: 'legacy:post:' + p.platform + ':' + p.platformId, kind: 'POST', legacy: true,
    platform: p.platform, platformId: p.platformId, url: p.url, text: p.text, title: p.title,
    postedAt: p.postedAt, editedAt: p.editedAt, lang: p.lang, detailsJson: p.detailsJson,
    media: COLLECT { MATCH (p)-[:HAS_MEDIA]->(m:Media) RETURN m.sha256 ORDER BY m.sha256 },
    links: COLLECT { MATCH (p)-[:LINKS_TO]->(u:Url) RETURN u.href ORDER BY u.href },
    tags: COLLECT { MATCH (p)-[:TAGGED]->(h:Hashtag) RETURN h.tag ORDER BY h.tag }})
  CREATE (o)-[:OF]->(p)
  WITH o
  MATCH (k:Capture)-[:CAPTURED]->(p)
  CREATE (k)-[:OBSERVED {caseId: k.caseId, at: k.startedAt, legacy: true,
    source: head([s IN coalesce(p.sourceSha256s, []) WHERE EXISTS { (k)-[:PRODUCED]->(:Artifact {sha256: s}) }])}]->(o)
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (a:Account) WHERE a.handle IS NOT NULL AND EXISTS { (:Capture)-[:CAPTURED]->(a) }
CALL (a) {
  CREATE (o:Observation {hash: 'legacy:account:' + a.platform + ':' + a.platformId, kind: 'ACCOUNT',
    legacy: true, platform: a.platform, platformId: a.platformId, handle: a.handle,
    displayName: a.displayName, url: a.url, bio: a.bio, avatarUrl: a.avatarUrl, createdAt: a.createdAt,
    detailsJson: a.detailsJson,
    links: COLLECT { MATCH (a)-[:LINKS_TO]->(u:Url) RETURN u.href ORDER BY u.href }})
  CREATE (o)-[:OF]->(a)
  WITH o
  MATCH (k:Capture)-[:CAPTURED]->(a)
  CREATE (k)-[:OBSERVED {caseId: k.caseId, at: k.startedAt, legacy: true,
    source: head([s IN coalesce(a.sourceSha256s, []) WHERE EXISTS { (k)-[:PRODUCED]->(:Artifact {sha256: s}) }])}]->(o)
} IN TRANSACTIONS OF 1000 ROWS;
// The node keeps its key; a captured account keeps the two lookup keys that find it for a mention
// or a hand-added account. Accounts nobody captured (added by hand, mentioned) keep the handle and
// URL they were named by, since no observation holds them.
MATCH (p:Post) WHERE EXISTS { (:Observation)-[:OF]->(p) }
CALL (p) {
  REMOVE p.url, p.text, p.title, p.postedAt, p.editedAt, p.lang, p.detailsJson, p.sourceSha256s
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (a:Account) WHERE EXISTS { (:Observation)-[:OF]->(a) }
CALL (a) {
  SET a.urlKey = a.url
  REMOVE a.handle, a.displayName, a.url, a.bio, a.avatarUrl, a.createdAt, a.detailsJson, a.sourceSha256s
} IN TRANSACTIONS OF 1000 ROWS;
