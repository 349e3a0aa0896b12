// Users, their sessions, and what detectives add by hand to a case: persons, groups, annotations.
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE CONSTRAINT annotation_id IF NOT EXISTS FOR (a:Annotation) REQUIRE a.id IS UNIQUE;
CREATE INDEX session_expiry IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
CREATE INDEX case_unit IF NOT EXISTS FOR (c:Case) ON (c.unit);
CREATE INDEX case_created IF NOT EXISTS FOR (c:Case) ON (c.createdAt);
CREATE INDEX user_role IF NOT EXISTS FOR (u:User) ON (u.role);
