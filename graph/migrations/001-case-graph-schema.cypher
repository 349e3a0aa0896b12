// Uniqueness constraints on every key the ingest MERGEs on, so MERGE is both fast and idempotent.
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (c:Case) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT case_number IF NOT EXISTS FOR (c:Case) REQUIRE c.number IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT account_key IF NOT EXISTS FOR (a:Account) REQUIRE (a.platform, a.platformId) IS UNIQUE;
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (p:Post) REQUIRE (p.platform, p.platformId) IS UNIQUE;
CREATE CONSTRAINT media_sha256 IF NOT EXISTS FOR (m:Media) REQUIRE m.sha256 IS UNIQUE;
CREATE CONSTRAINT hashtag_tag IF NOT EXISTS FOR (h:Hashtag) REQUIRE h.tag IS UNIQUE;
CREATE CONSTRAINT url_href IF NOT EXISTS FOR (u:Url) REQUIRE u.href IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (g:Group) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT capture_id IF NOT EXISTS FOR (c:Capture) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT artifact_sha256 IF NOT EXISTS FOR (a:Artifact) REQUIRE a.sha256 IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE INDEX case_status IF NOT EXISTS FOR (c:Case) ON (c.status);
CREATE INDEX post_posted_at IF NOT EXISTS FOR (p:Post) ON (p.postedAt);
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE FULLTEXT INDEX post_text IF NOT EXISTS FOR (p:Post) ON EACH [p.text];
CREATE FULLTEXT INDEX account_names IF NOT EXISTS FOR (a:Account) ON EACH [a.handle, a.displayName, a.bio];
