import { useState, type FormEvent } from 'react';
// Platforms, methods and target forms are plain strings in the SDL; the collectors' manifests and
// target rules are the vocabulary the server decides by, not a copy of it.
import { checkTarget, collectorMethods, targetForms } from '../../../collectors/target-syntax';
import { PLATFORMS, type Platform, type TargetKind } from '../../../common/collection-types';
import { request } from '../api';
import { COVERT, methodLabel } from './collection-methods';
import { GateDecision, type GateAnswer } from './gate-decision.view';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { CollectionRequestInput, Purpose } from '../gql/graphql';

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

/** The target field's label, by what the target is. */
const TARGET_LABELS: Readonly<Record<TargetKind, string>> = {
  url: 'Address',
  handle: 'Handle',
  hashtag: 'Hashtag',
  search: 'Search',
};

/** The persona a covert method would act through; the gate and the supervisor need to know which. */
function PersonaFields(props: {
  handle: string;
  name: string;
  onHandle: (v: string) => void;
  onName: (v: string) => void;
}) {
  return (
    <div className="grid2">
      <label>
        Persona handle
        <input name="personaHandle" value={props.handle} onChange={(e) => props.onHandle(e.target.value)} />
      </label>
      <label>
        Persona display name
        <input name="personaName" value={props.name} onChange={(e) => props.onName(e.target.value)} />
      </label>
    </div>
  );
}

type TargetForm = ReturnType<typeof targetForms>[number];

/** What to collect and how: platform, the kind of target, the target itself and the method. */
function TargetFields(props: {
  platform: Platform;
  form: TargetForm;
  value: string;
  method: string;
  errors: ReturnType<typeof useFieldErrors>;
  onPlatform: (p: Platform) => void;
  onKind: (k: TargetKind) => void;
  onValue: (v: string) => void;
  onMethod: (m: string) => void;
}) {
  const { platform, form, errors } = props;
  const forms = targetForms(platform);
  return (
    <div className="grid2">
      <label>
        Platform
        <select
          name="platform"
          value={platform}
          onChange={(e) => props.onPlatform(e.target.value as Platform)}
        >
          {PLATFORMS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      {forms.length > 1 && (
        <label>
          Target is a
          <select
            name="targetKind"
            value={form.kind}
            onChange={(e) => props.onKind(e.target.value as TargetKind)}
          >
            {forms.map((f) => (
              <option key={f.kind}>{f.kind}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        {TARGET_LABELS[form.kind]}
        <input
          id="collect-target"
          name="target"
          value={props.value}
          onChange={(e) => props.onValue(e.target.value)}
          {...errors.describe('target', 'collect-target')}
        />
        <small className="muted">
          {form.format}, e.g. {form.example}
        </small>
        <FieldError id="collect-target" message={errors.errors.target} />
      </label>
      <label>
        Method
        <select name="method" value={props.method} onChange={(e) => props.onMethod(e.target.value)}>
          {[...collectorMethods(platform), ...COVERT].map((m) => (
            <option key={m} value={m}>
              {methodLabel(m)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** Why the target is tied to the case: the report number and the facts the gate weighs. */
function GroundsFields(props: {
  reportNumber: string;
  facts: string;
  errors: ReturnType<typeof useFieldErrors>;
  onReportNumber: (v: string) => void;
  onFacts: (v: string) => void;
}) {
  const { errors } = props;
  return (
    <>
      <label>
        Report number
        <input
          id="collect-report"
          name="reportNumber"
          value={props.reportNumber}
          onChange={(e) => props.onReportNumber(e.target.value)}
          {...errors.describe('predicate.reportNumber', 'collect-report')}
        />
        <FieldError id="collect-report" message={errors.errors['predicate.reportNumber']} />
      </label>
      <label>
        Facts tying the target to the case
        <textarea name="facts" value={props.facts} onChange={(e) => props.onFacts(e.target.value)} rows={3} />
        <FieldError id="collect-facts" message={errors.errors['predicate.facts']} />
      </label>
    </>
  );
}

/** What the detective has typed into the collect form. */
interface CollectFields {
  platform: Platform;
  kind: TargetKind;
  value: string;
  method: string;
  reportNumber: string;
  facts: string;
  personaHandle: string;
  personaName: string;
}
type TextField = Exclude<keyof CollectFields, 'platform' | 'kind'>;

const EMPTY: CollectFields = {
  platform: 'mastodon',
  kind: 'handle',
  value: '',
  method: 'PUBLIC_API',
  reportNumber: '',
  facts: '',
  personaHandle: '',
  personaName: '',
};
/** The server's name for each field's errors. */
const ERROR_FIELD: Partial<Record<TextField, string>> = {
  value: 'target',
  method: 'method',
  reportNumber: 'predicate.reportNumber',
  facts: 'predicate.facts',
};

/** The request the form makes; covert methods name their persona. */
function requestOf(
  caseId: string,
  purpose: Purpose,
  f: CollectFields,
  kind: TargetKind,
): CollectionRequestInput {
  const covert = COVERT.some((m) => m === f.method);
  return {
    caseId,
    purpose,
    target: { platform: f.platform, kind, value: f.value.trim(), scope: 'POSTS' },
    method: f.method,
    device: { kind: 'DEPARTMENT', id: 'workstation' },
    predicate: { reportNumber: f.reportNumber, facts: f.facts },
    ...(covert && f.personaHandle
      ? { persona: { handle: f.personaHandle, displayName: f.personaName } }
      : {}),
  };
}

/** The collect form's fields and the gate's answer to the request they make. */
function useCollectRequest(caseId: string, purpose: Purpose) {
  const [fields, setFields] = useState<CollectFields>(EMPTY);
  const [decision, setDecision] = useState<GateAnswer | null>(null);
  const [decidedInput, setDecidedInput] = useState<CollectionRequestInput | null>(null);
  const errors = useFieldErrors();
  const forms = targetForms(fields.platform);
  const form = forms.find((f) => f.kind === fields.kind) ?? forms[0]!;

  /** A new platform offers its own target kinds and its collector's method first. */
  function choosePlatform(platform: Platform) {
    setFields((f) => ({
      ...f,
      platform,
      kind: targetForms(platform)[0]!.kind,
      method: collectorMethods(platform)[0]!,
    }));
    errors.clear('target');
  }
  /** Typing clears that field's error and the answer to the request before the edit. */
  const set = (field: TextField) => (v: string) => {
    const errorField = ERROR_FIELD[field];
    if (errorField) {
      errors.clear(errorField);
      setDecision(null);
    }
    setFields((f) => ({ ...f, [field]: v }));
  };
  const setKind = (kind: TargetKind) => setFields((f) => ({ ...f, kind }));

  async function preview(event: FormEvent) {
    event.preventDefault();
    errors.reset();
    // A decision answers one request; never leave an earlier one on screen beside a new request.
    setDecision(null);
    setDecidedInput(null);
    const malformed = checkTarget(fields.platform, form.kind, fields.value);
    if (malformed) return errors.fail(Object.assign(new Error(malformed), { field: 'target' }));
    try {
      const input = requestOf(caseId, purpose, fields, form.kind);
      setDecision((await request(EVALUATE, { input })).evaluateCollection);
      setDecidedInput(input);
    } catch (e) {
      errors.fail(e);
    }
  }
  return { fields, form, decision, decidedInput, errors, choosePlatform, set, setKind, preview };
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
  const { fields, form, decision, decidedInput, errors, set, ...act } = useCollectRequest(caseId, purpose);
  return (
    <section className="card">
      <form onSubmit={(e) => void act.preview(e)} aria-labelledby="collect-title" noValidate>
        <h2 id="collect-title">Collect</h2>
        <TargetFields
          platform={fields.platform}
          form={form}
          value={fields.value}
          method={fields.method}
          errors={errors}
          onPlatform={act.choosePlatform}
          onKind={act.setKind}
          onValue={set('value')}
          onMethod={set('method')}
        />
        {COVERT.some((m) => m === fields.method) && (
          <PersonaFields
            handle={fields.personaHandle}
            name={fields.personaName}
            onHandle={set('personaHandle')}
            onName={set('personaName')}
          />
        )}
        <GroundsFields
          reportNumber={fields.reportNumber}
          facts={fields.facts}
          errors={errors}
          onReportNumber={set('reportNumber')}
          onFacts={set('facts')}
        />
        <button type="submit">Check with the gate</button>
        <ErrorAlert message={errors.errors[''] ?? errors.errors.method ?? null} />
      </form>
      {decision && (
        <GateDecision
          decision={decision}
          input={decidedInput}
          performed={collectorMethods(fields.platform).some((m) => m === decidedInput?.method)}
          persona={fields.personaHandle}
          onCaptured={onCaptured}
        />
      )}
    </section>
  );
}
