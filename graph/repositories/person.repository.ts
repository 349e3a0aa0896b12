/**
 * Persons of a case and the accounts they are tied to. A person removed from a case is kept,
 * detached from it and marked with who removed it, when and why (nothing a detective recorded is
 * lost); a tie removed is recorded on the custody ledger with the basis it had.
 */
import type { PersonRole } from '../../common/case-types.js';
import type { GraphClient } from '../graph-client.js';
import type { PersonRow } from './case-content.repository.js';
import { matchNode, type NodeRef } from './analysis.repository.js';

/** A person as the API reads it: the stored row, its node reference and its case. */
export type CasePerson = PersonRow & { readonly ref: string; readonly caseId: string };

export interface PersonChanges {
  readonly name?: string | undefined;
  readonly role?: PersonRole | undefined;
  readonly notes?: string | null | undefined;
}

/** A person's tie to an account, with the account's names as the case last read them. */
export type PersonTieRow = {
  readonly personId: string;
  readonly platform: string;
  readonly platformId: string;
  readonly handle: string | null;
  readonly displayName: string | null;
  readonly confidence: number;
  readonly basis: string;
  readonly tiedBy: string | null;
  readonly tiedByName: string | null;
  readonly tiedAt: string | null;
};

/** What a tie rests on, for its custody event. */
export type TieRecord = {
  readonly personName: string;
  readonly account: string;
  readonly confidence: number | null;
  readonly basis: string | null;
  /** SHA-256 of the payloads the account was read from. */
  readonly sourceSha256s: readonly string[];
};

const TIE_RECORD = `p.name AS personName, 'account:' + a.platform + ':' + a.platformId AS account,
  u.confidence AS confidence, u.basis AS basis,
  // The payloads this case's captures read the account from (each OBSERVED names its source).
  coalesce(a.sourceSha256s, []) + COLLECT {
    MATCH (a)<-[:OF]-(:Observation)<-[r:OBSERVED]-(:Capture) WHERE r.caseId = $caseId AND r.source IS NOT NULL
    RETURN DISTINCT r.source
  } AS sourceSha256s`;

export class PersonRepository {
  constructor(private readonly graph: GraphClient) {}

  /** Changes a person of the case; false when the case has no such person. */
  async update(caseId: string, personId: string, changes: PersonChanges, by: string, at: string) {
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const rows = await this.graph.write<{ ok: boolean }>(
      `MATCH (:Case {id: $caseId})-[:CONCERNS]->(p:Person {id: $personId})
       SET p += $set, p.updatedBy = $by, p.updatedAt = $at RETURN true AS ok`,
      { caseId, personId, set, by, at },
      { cases: [caseId] },
    );
    return rows.length > 0;
  }

  /**
   * Detaches a person from the case in one transaction, keeping the node with who removed it and
   * why; its ties stay on it. Answers the person's name, or null when the case has no such person.
   */
  async remove(caseId: string, personId: string, by: string, at: string, reason: string) {
    const rows = await this.graph.write<{ name: string }>(
      `MATCH (c:Case {id: $caseId})-[k:CONCERNS]->(p:Person {id: $personId})
       OPTIONAL MATCH (c)-[h:CONTAINS]->(p)
       DELETE k, h
       MERGE (c)-[:REMOVED_PERSON]->(p)
       SET p.removedBy = $by, p.removedAt = $at, p.removedReason = $reason
       RETURN p.name AS name`,
      { caseId, personId, by, at, reason },
      { cases: [caseId] },
    );
    return rows[0]?.name ?? null;
  }

  /** Ties (or re-ties) an account of the case to a person of the case; null when either is not in it. */
  async tie(caseId: string, personId: string, account: NodeRef, props: Record<string, unknown>) {
    const acc = matchNode('a', account);
    const rows = await this.graph.write<TieRecord>(
      `MATCH (c:Case {id: $caseId})-[:CONCERNS]->(p:Person {id: $personId})
       ${acc.clause} WHERE EXISTS { (c)-[:CONTAINS]->(a) }
       MERGE (p)-[u:USES]->(a) SET u += $props
       RETURN ${TIE_RECORD}`,
      { caseId, personId, props, ...acc.params },
      { cases: [caseId] },
    );
    return rows[0] ?? null;
  }

  /** Removes a tie; answers what it rested on, or null when there was no such tie in the case. */
  async untie(caseId: string, personId: string, account: NodeRef) {
    const acc = matchNode('a', account);
    const rows = await this.graph.write<TieRecord>(
      `MATCH (c:Case {id: $caseId})-[:CONCERNS]->(p:Person {id: $personId})
       ${acc.clause} WHERE EXISTS { (c)-[:CONTAINS]->(a) }
       MATCH (p)-[u:USES]->(a)
       WITH p, a, u, ${TIE_RECORD}
       DELETE u
       RETURN personName, account, confidence, basis, sourceSha256s`,
      { caseId, personId, ...acc.params },
      { cases: [caseId] },
    );
    return rows[0] ?? null;
  }

  /** The ties of the case's persons, with the accounts' handles and the names of who tied them. */
  async ties(caseId: string): Promise<PersonTieRow[]> {
    return this.graph.read<PersonTieRow>(
      `MATCH (:Case {id: $caseId})-[:CONCERNS]->(p:Person)-[u:USES]->(a:Account)
       OPTIONAL MATCH (by:User {id: u.by})
       RETURN p.id AS personId, a.platform AS platform, a.platformId AS platformId, a.handle AS handle,
              a.displayName AS displayName, coalesce(u.confidence, 0.0) AS confidence,
              coalesce(u.basis, '') AS basis, u.by AS tiedBy, coalesce(by.displayName, by.username) AS tiedByName,
              u.at AS tiedAt
       ORDER BY p.id, a.platform, a.handle`,
      { caseId },
    );
  }
}
