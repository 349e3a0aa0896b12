import { CollectJob } from './collect-job.view';
import { WatchTarget } from './watches.view';
import { RequestAuthorization } from './request-authorization.view';
import { methodLabel } from './collection-methods';
import type { CollectionRequestInput, EvaluateCollectionMutation } from '../gql/graphql';

export type GateAnswer = EvaluateCollectionMutation['evaluateCollection'];

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
 * The gate's answer to one request: every rule it rests on with its clause, what would make a
 * refused request lawful, and the step it leads to.
 */
export function GateDecision(props: {
  decision: GateAnswer;
  input: CollectionRequestInput | null;
  performed: boolean;
  persona: string;
  onCaptured: () => void;
}) {
  const { decision, input } = props;
  return (
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
      {input && (
        <NextStep
          decision={decision.decision}
          input={input}
          performed={props.performed}
          persona={props.persona}
          onCaptured={props.onCaptured}
        />
      )}
    </div>
  );
}
