// One account, one node: ingest finds a case's account by platform and handle, capitals or not
// (a mention of @Dave is the account dave), so each account keeps its handle lower-cased beside
// it, indexed with the platform. Accounts added by hand are found by their (platform, platformId)
// key, which the account_key constraint already indexes.
CREATE INDEX account_platform_handle_lower IF NOT EXISTS FOR (a:Account) ON (a.platform, a.handleLower);
MATCH (a:Account) WHERE a.handle IS NOT NULL AND a.handleLower IS NULL SET a.handleLower = toLower(a.handle);
