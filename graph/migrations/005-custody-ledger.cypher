// The custody ledger: one chain of events per case. The key on (caseId, seq) makes a fork
// impossible: two events can never claim the same place in a case's chain.
CREATE CONSTRAINT custody_event_seq IF NOT EXISTS FOR (e:CustodyEvent) REQUIRE (e.caseId, e.seq) IS UNIQUE;
CREATE INDEX custody_event_at IF NOT EXISTS FOR (e:CustodyEvent) ON (e.caseId, e.at);
