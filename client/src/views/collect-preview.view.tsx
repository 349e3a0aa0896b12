import { useState, type FormEvent } from 'react';
// Platforms and methods are plain strings in the SDL; their one list is the vocabulary the server
// decides by, not a copy of it.
import {
  ALLOWED_METHODS as METHODS,
  PLATFORMS,
  type CollectionMethod,
} from '../../../common/collection-types';
import { request } from '../api';
import { CollectJob } from './collect-job.view';
import { RequestAuthorization } from './request-authorization.view';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CollectionRequestInput, EvaluateCollectionMutation, Purpose } from '../gql/graphql';

/** Methods that act through a persona; the gate needs to know which one. */
const COVERT: ReadonlySet<string> = new Set<CollectionMethod>([
  'UNDERCOVER_ACCOUNT',
  'AUTHENTICATED_SESSION',
]);

const EVALUATE = graphql(`
  mutation EvaluateCollection($input: CollectionRequestInput!) {
    evaluateCollection(input: $input) {
      decision
      clauses
      policyVersion
      reasons {
        ruleId
        clause
        text
        remedy
        finding
      }
    }
  }
`);

/**
 * A collection request, decided by the legality gate before anything is submitted: the answer
 * shows every rule it rests on, its clause, and what would make a refused request lawful.
 */
export function CollectPreview({
  caseId,
  purpose,
  onCaptured,
}: {
  caseId: string;
  purpose: Purpose;
  onCaptured: () => void;
}) {
  const [platform, setPlatform] = useState('mastodon');
  const [value, setValue] = useState('');
  const [method, setMethod] = useState('PUBLIC_API');
  const [reportNumber, setReportNumber] = useState('');
  const [facts, setFacts] = useState('');
  const [personaHandle, setPersonaHandle] = useState('');
  const [personaName, setPersonaName] = useState('');
  const covert = COVERT.has(method);
  const [decision, setDecision] = useState<EvaluateCollectionMutation['evaluateCollection'] | null>(null);
  const [decidedInput, setDecidedInput] = useState<CollectionRequestInput | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function preview(event: FormEvent) {
    event.preventDefault();
    setError(null);
    // A decision answers one request; never leave an earlier one on screen beside a new request.
    setDecision(null);
    setDecidedInput(null);
    try {
      const input: CollectionRequestInput = {
        caseId,
        purpose,
        target: {
          platform,
          kind: platform === 'web' || platform === 'rss' ? 'url' : 'handle',
          value,
          scope: 'POSTS',
        },
        method,
        device: { kind: 'DEPARTMENT', id: 'workstation' },
        predicate: { reportNumber, facts },
        ...(covert && personaHandle ? { persona: { handle: personaHandle, displayName: personaName } } : {}),
      };
      setDecision((await request(EVALUATE, { input })).evaluateCollection);
      setDecidedInput(input);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="card">
      <form onSubmit={preview} aria-labelledby="collect-title">
        <h2 id="collect-title">Collect</h2>
        <div className="grid2">
          <label>
            Platform
            <select name="platform" value={platform} onChange={(e) => setPlatform(e.target.value)}>
              {PLATFORMS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            Handle or URL
            <input name="target" value={value} onChange={(e) => setValue(e.target.value)} required />
          </label>
          <label>
            Method
            <select name="method" value={method} onChange={(e) => setMethod(e.target.value)}>
              {METHODS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label>
            Report number
            <input
              name="reportNumber"
              value={reportNumber}
              onChange={(e) => setReportNumber(e.target.value)}
              required
            />
          </label>
        </div>
        {covert && (
          <div className="grid2">
            <label>
              Persona handle
              <input
                name="personaHandle"
                value={personaHandle}
                onChange={(e) => setPersonaHandle(e.target.value)}
              />
            </label>
            <label>
              Persona display name
              <input
                name="personaName"
                value={personaName}
                onChange={(e) => setPersonaName(e.target.value)}
              />
            </label>
          </div>
        )}
        <label>
          Facts tying the target to the case
          <textarea name="facts" value={facts} onChange={(e) => setFacts(e.target.value)} rows={3} required />
        </label>
        <button type="submit">Check with the gate</button>
        <ErrorAlert message={error} />
      </form>
      {decision && (
        <div className={`decision ${decision.decision.toLowerCase()}`} role="status" aria-live="polite">
          <p>
            <strong>{decision.decision.replace('_', ' ')}</strong> —{' '}
            {decision.clauses.join(', ') || 'all rules met'}
          </p>
          <ul>
            {decision.reasons.map((r) => (
              <li key={r.ruleId}>
                <span className="clause">{r.clause}</span> {r.text} <em>Found: {r.finding}</em>
                {decision.decision !== 'ALLOW' && <div className="remedy">To make it lawful: {r.remedy}</div>}
              </li>
            ))}
          </ul>
          <p className="muted">Policy version {decision.policyVersion.slice(0, 12)}…</p>
          {decision.decision === 'NEEDS_AUTHORIZATION' && decidedInput && (
            <RequestAuthorization
              caseId={caseId}
              platform={platform}
              method={method}
              persona={personaHandle}
            />
          )}
          {decision.decision === 'ALLOW' && decidedInput && (
            <CollectJob key={JSON.stringify(decidedInput)} input={decidedInput} onCaptured={onCaptured} />
          )}
        </div>
      )}
    </section>
  );
}
