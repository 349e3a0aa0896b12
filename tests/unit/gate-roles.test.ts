import { evaluateCollection, evaluateExport } from '../../server/gate/gate.service.js';
import { loadPolicyFile } from '../../server/gate/policy-loader.js';
import { ROLES, roleMay } from '../../server/auth/roles.js';
import { baseFacts, baseRequest } from './gate-fixtures.js';

/**
 * The policy's role table is the one source of who may collect, approve and export. The sign-in
 * layer checks a role before the gate does; where the two tables disagreed, analysts were allowed
 * to export by the gate and refused by the sign-in layer. They must never disagree again.
 */
const policy = loadPolicyFile();
const { roles } = policy.document;

describe('one role table for the gate and the sign-in layer', () => {
  it.each(ROLES.map((r) => [r] as const))('%s exports exactly when both tables let it', (role) => {
    const result = evaluateExport(
      policy,
      {
        caseId: 'case-1',
        requesterId: 'u-1',
        recipient: { name: 'ADA Pat Lee', userId: 'u-pros', lawEnforcement: true },
        reason: 'discovery for the preliminary hearing',
        imminentDanger: false,
      },
      {
        now: '2026-11-25T02:00:00.000Z',
        case: { id: 'case-1', status: 'OPEN' },
        requester: { id: 'u-1', role, assignedToCase: true },
        recipientAssignedToCase: true,
      },
    );
    expect([role, result.decision === 'ALLOW']).toEqual([role, roleMay(role, 'export')]);
    expect([role, roles.exporting.includes(role)]).toEqual([role, roleMay(role, 'export')]);
  });

  it.each(ROLES.map((r) => [r] as const))('%s collects and approves exactly as both tables say', (role) => {
    const collected = evaluateCollection(
      policy,
      baseRequest({ requesterId: 'u-1' }),
      baseFacts({ requester: { id: 'u-1', role, assignedToCase: true } }),
    );
    expect([role, collected.decision === 'ALLOW']).toEqual([role, roleMay(role, 'collect')]);
    expect([role, roles.approving.includes(role)]).toEqual([role, roleMay(role, 'authorize')]);
  });
});
