import { useState, type FormEvent } from 'react';
// Platforms, methods and target forms are plain strings in the SDL; the collectors' manifests and
// target rules are the vocabulary the server decides by, not a copy of it.
import { checkTarget, collectorMethods, targetForms } from '../../../collectors/target-syntax';
import {
  PLATFORMS,
  type CollectionMethod,
  type Platform,
  type TargetKind,
} from '../../../common/collection-types';
import { request } from '../api';
import { CollectJob } from './collect-job.view';
import { WatchTarget } from './watches.view';
import { RequestAuthorization } from './request-authorization.view';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { CollectionRequestInput, EvaluateCollectionMutation, Purpose } from '../gql/graphql';

/** Methods that act through a persona; the gate needs to know which one. casegraph never performs them. */
const COVERT: readonly CollectionMethod[] = ['UNDERCOVER_ACCOUNT', 'AUTHENTICATED_SESSION'];

/** Methods in words, for the method select. */
const METHOD_LABELS: Partial<Readonly<Record<CollectionMethod, string>>> = {
  PUBLIC_API: 'Public API, logged out',
  PUBLIC_WEB: 'Public page in a browser, logged out',
  API_WITH_KEY: "Official API with the department's key",
  UNDERCOVER_ACCOUNT: "Undercover account (supervisor's authorization; done outside casegraph)",
  AUTHENTICATED_SESSION: "Signed-in session (supervisor's authorization; done outside casegraph)",
};
const methodLabel = (m: string) => METHOD_LABELS[m as CollectionMethod] ?? m;

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

/** What the gate's answer leads to: collect, ask a supervisor, or an honest word that casegraph does not do it. */
function NextStep(props: {
  decision: string;
  input: CollectionRequestInput;
  performed: boolean;
  persona: string;
  onCaptured: () => void;
}) {
  const { input } = props;
  if (props.decision === 'NEEDS_AUTHORIZATION') {
    return (
      <RequestAuthorization
        caseId={String(input.caseId)}
        platform={input.target.platform}
        method={input.method}
        persona={props.persona}
      />
    );
  }
  if (props.decision !== 'ALLOW') return null;
  if (!props.performed) {
    return (
      <p role="status" className="remedy">
        The gate allows this, but casegraph does not perform {methodLabel(input.method).toLowerCase()}: the
        work is done outside casegraph under the authorization, and what it yields is taken in by hand.
      </p>
    );
  }
  return (
    <>
      <CollectJob key={JSON.stringify(input)} input={input} onCaptured={props.onCaptured} />
      <WatchTarget key={`watch-${JSON.stringify(input)}`} input={input} onCreated={props.onCaptured} />
    </>
  );
}

/**
 * A collection request, decided by the legality gate before anything is submitted: the answer
 * shows every rule it rests on, its clause, and what would make a refused request lawful. The form
 * offers each platform's own methods (its collector's first) and checks the target's syntax first.
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
  const [platform, setPlatform] = useState<Platform>('mastodon');
  const [kind, setKind] = useState<TargetKind>('handle');
  const [value, setValue] = useState('');
  const [method, setMethod] = useState<string>('PUBLIC_API');
  const [reportNumber, setReportNumber] = useState('');
  const [facts, setFacts] = useState('');
  const [personaHandle, setPersonaHandle] = useState('');
  const [personaName, setPersonaName] = useState('');
  const [decision, setDecision] = useState<EvaluateCollectionMutation['evaluateCollection'] | null>(null);
  const [decidedInput, setDecidedInput] = useState<CollectionRequestInput | null>(null);
  const errors = useFieldErrors();
  const performed = collectorMethods(platform);
  const covert = COVERT.some((m) => m === method);
  const form = targetForms(platform).find((f) => f.kind === kind) ?? targetForms(platform)[0]!;

  function choosePlatform(next: Platform) {
    setPlatform(next);
    setKind(targetForms(next)[0]!.kind);
    setMethod(collectorMethods(next)[0]!);
    errors.clear('target');
  }
  const edit = (field: string, set: (v: string) => void) => (v: string) => {
    errors.clear(field);
    setDecision(null);
    set(v);
  };

  async function preview(event: FormEvent) {
    event.preventDefault();
    errors.reset();
    // A decision answers one request; never leave an earlier one on screen beside a new request.
    setDecision(null);
    setDecidedInput(null);
    const malformed = checkTarget(platform, form.kind, value);
    if (malformed) return errors.fail(Object.assign(new Error(malformed), { field: 'target' }));
    try {
      const input: CollectionRequestInput = {
        caseId,
        purpose,
        target: { platform, kind: form.kind, value: value.trim(), scope: 'POSTS' },
        method,
        device: { kind: 'DEPARTMENT', id: 'workstation' },
        predicate: { reportNumber, facts },
        ...(covert && personaHandle ? { persona: { handle: personaHandle, displayName: personaName } } : {}),
      };
      setDecision((await request(EVALUATE, { input })).evaluateCollection);
      setDecidedInput(input);
    } catch (e) {
      errors.fail(e);
    }
  }

  return (
    <section className="card">
      <form onSubmit={(e) => void preview(e)} aria-labelledby="collect-title" noValidate>
        <h2 id="collect-title">Collect</h2>
        <div className="grid2">
          <label>
            Platform
            <select
              name="platform"
              value={platform}
              onChange={(e) => choosePlatform(e.target.value as Platform)}
            >
              {PLATFORMS.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          {targetForms(platform).length > 1 && (
            <label>
              Target is a
              <select
                name="targetKind"
                value={form.kind}
                onChange={(e) => setKind(e.target.value as TargetKind)}
              >
                {targetForms(platform).map((f) => (
                  <option key={f.kind}>{f.kind}</option>
                ))}
              </select>
            </label>
          )}
          <label>
            {form.kind === 'url'
              ? 'Address'
              : form.kind === 'handle'
                ? 'Handle'
                : form.kind === 'hashtag'
                  ? 'Hashtag'
                  : 'Search'}
            <input
              id="collect-target"
              name="target"
              value={value}
              onChange={(e) => edit('target', setValue)(e.target.value)}
              {...errors.describe('target', 'collect-target')}
            />
            <small className="muted">
              {form.format}, e.g. {form.example}
            </small>
            <FieldError id="collect-target" message={errors.errors.target} />
          </label>
          <label>
            Method
            <select name="method" value={method} onChange={(e) => edit('method', setMethod)(e.target.value)}>
              {[...performed, ...COVERT].map((m) => (
                <option key={m} value={m}>
                  {methodLabel(m)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Report number
            <input
              id="collect-report"
              name="reportNumber"
              value={reportNumber}
              onChange={(e) => edit('predicate.reportNumber', setReportNumber)(e.target.value)}
              {...errors.describe('predicate.reportNumber', 'collect-report')}
            />
            <FieldError id="collect-report" message={errors.errors['predicate.reportNumber']} />
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
          <textarea
            name="facts"
            value={facts}
            onChange={(e) => edit('predicate.facts', setFacts)(e.target.value)}
            rows={3}
          />
          <FieldError id="collect-facts" message={errors.errors['predicate.facts']} />
        </label>
        <button type="submit">Check with the gate</button>
        <ErrorAlert message={errors.errors[''] ?? errors.errors.method ?? null} />
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
          {decidedInput && (
            <NextStep
              decision={decision.decision}
              input={decidedInput}
              performed={performed.some((m) => m === decidedInput.method)}
              persona={personaHandle}
              onCaptured={onCaptured}
            />
          )}
        </div>
      )}
    </section>
  );
}
