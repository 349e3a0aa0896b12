import { evaluateExport } from '../../server/gate/gate.service.js';
import { loadPolicyFile } from '../../server/gate/policy-loader.js';
import type { Decision } from '../../common/collection-types.js';
import type { ExportFacts, ExportRequest } from '../../server/gate/gate-types.js';

const policy = loadPolicyFile();
const NOW = '2026-11-25T02:00:00.000Z';

function exportRequest(patch: Partial<ExportRequest> = {}): ExportRequest {
  return {
    caseId: 'case-1',
    requesterId: 'u-det',
    recipient: { name: 'ADA Pat Lee', userId: 'u-pros', lawEnforcement: true },
    reason: 'discovery for the preliminary hearing',
    imminentDanger: false,
    ...patch,
  };
}

function exportFacts(patch: Partial<ExportFacts> = {}): ExportFacts {
  return {
    now: NOW,
    case: { id: 'case-1', status: 'OPEN' },
    requester: { id: 'u-det', role: 'DETECTIVE', assignedToCase: true },
    recipientAssignedToCase: true,
    ...patch,
  };
}

const journalist = { name: 'News desk', userId: null, lawEnforcement: false };

const cases: Array<[string, ExportRequest, ExportFacts, Decision, string, string]> = [
  [
    'allow: assigned detective to the assigned prosecutor',
    exportRequest(),
    exportFacts(),
    'ALLOW',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
  [
    'allow: assigned detective (need to know)',
    exportRequest(),
    exportFacts(),
    'ALLOW',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    'deny: detective not on the case exports',
    exportRequest(),
    exportFacts({ requester: { id: 'u-det', role: 'DETECTIVE', assignedToCase: false } }),
    'DENY',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    // The export rule used to list ANALYST, which the role table forbids to export.
    'deny: analyst assigned to the case',
    exportRequest({ requesterId: 'u-an' }),
    exportFacts({ requester: { id: 'u-an', role: 'ANALYST', assignedToCase: true } }),
    'DENY',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    'allow: assigned prosecutor',
    exportRequest({ requesterId: 'u-pros' }),
    exportFacts({ requester: { id: 'u-pros', role: 'PROSECUTOR', assignedToCase: true } }),
    'ALLOW',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    'deny: unknown exporter',
    exportRequest(),
    exportFacts({ requester: null }),
    'DENY',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    'deny: unknown case',
    exportRequest(),
    exportFacts({ case: null }),
    'DENY',
    'export-need-to-know',
    '28 CFR 23.20(e)',
  ],
  [
    'deny: recipient is not law enforcement',
    exportRequest({ recipient: journalist }),
    exportFacts(),
    'DENY',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
  [
    'deny: recipient user not assigned to the case',
    exportRequest(),
    exportFacts({ recipientAssignedToCase: false }),
    'DENY',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
  [
    'deny: no reason for the release',
    exportRequest({ reason: ' ' }),
    exportFacts(),
    'DENY',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
  [
    'allow: imminent danger, with its reason',
    exportRequest({
      recipient: journalist,
      imminentDanger: true,
      reason: 'missing child sighting appeal tonight',
    }),
    exportFacts(),
    'ALLOW',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
  [
    'allow: outside law-enforcement agency with a reason',
    exportRequest({
      recipient: { name: 'KCPD Det. Ruiz', userId: null, lawEnforcement: true },
      reason: 'same suspect in their robbery case',
    }),
    exportFacts({ recipientAssignedToCase: false }),
    'ALLOW',
    'export-recipient',
    '28 CFR 23.20(f)',
  ],
];

describe('legality gate: exports and shares (G15)', () => {
  it.each(cases)('%s', (_name, request, facts, decision, ruleId, clause) => {
    const result = evaluateExport(policy, request, facts);
    expect(result.decision).toBe(decision);
    expect(result.reasons.find((r) => r.ruleId === ruleId)?.clause).toBe(clause);
    expect(result.policyVersion).toBe(policy.version);
  });
});
