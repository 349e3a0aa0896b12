import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';

const REQUEST = graphql(`
  mutation RequestAuthorization($input: AuthorizationRequestInput!) {
    requestAuthorization(input: $input) {
      id
      status
    }
  }
`);

/**
 * Where the gate answers that a method needs a supervisor's written permission, the detective asks
 * for it here; a supervisor other than the requester decides it on the Authorizations page.
 */
export function RequestAuthorization({
  caseId,
  platform,
  method,
  persona,
}: {
  caseId: string;
  platform: string;
  method: string;
  /** The persona named in the collection request, if any. */
  persona: string;
}) {
  const [personaHandle, setPersonaHandle] = useState(persona);
  const [justification, setJustification] = useState('');
  const [requested, setRequested] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const made = await request(REQUEST, {
        input: { caseId, platform, method, personaHandle, justification },
      });
      setRequested(made.requestAuthorization.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (requested)
    return (
      <p role="status">
        Authorization requested (<code>{requested}</code>). A supervisor decides it; check the request with
        the gate again once it is approved.
      </p>
    );
  return (
    <form
      className="request-authorization"
      aria-label="Request a supervisor's authorization"
      onSubmit={(e) => void submit(e)}
    >
      <h3>Request a supervisor&apos;s authorization</h3>
      <label>
        Persona handle to be used
        <input
          name="personaHandle"
          required
          value={personaHandle}
          onChange={(e) => setPersonaHandle(e.target.value)}
        />
      </label>
      <label>
        Justification
        <textarea
          name="justification"
          required
          rows={3}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
        />
      </label>
      <button type="submit">Request authorization</button>
      <ErrorAlert message={error} />
    </form>
  );
}
