// A requester's notifications read the decisions on their own authorizations: find those by
// requester without scanning every authorization.
CREATE INDEX authorization_requester IF NOT EXISTS FOR (a:Authorization) ON (a.requesterId);
