import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../components/error-alert.component';

interface Verdict {
  valid: boolean;
  problems: string[];
  payloadFiles: number;
  keyFingerprint: string | null;
  signedByThisDepartment: boolean;
}

/**
 * Checks a packet someone hands back (from a court, a defence expert, an archive) with the same
 * checks as `casegraph verify`, and says in plain words whether it still holds.
 */
export function VerifyPacket() {
  const [file, setFile] = useState<File | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function verify(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setVerdict(null);
    try {
      const response = await fetch('/packets/verify', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/zip' },
        body: file,
      });
      const body = (await response.json()) as Verdict & { error?: string };
      if (!response.ok) throw new Error(body.error ?? `the server answered ${response.status}`);
      setVerdict(body);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" aria-labelledby="verify-title" onSubmit={(e) => void verify(e)}>
      <h2 id="verify-title">Verify a packet</h2>
      <label>
        Packet (.zip)
        <input
          type="file"
          name="packet"
          accept=".zip,application/zip"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <button type="submit" disabled={!file || busy}>
        {busy ? 'Verifying…' : 'Verify'}
      </button>
      <ErrorAlert message={error} />
      {verdict && (
        <div role="status" className={verdict.valid ? 'verdict ok' : 'verdict bad'}>
          <p>
            <strong>
              {verdict.valid
                ? `Intact: all ${verdict.payloadFiles} payload files, the manifests, the signature and the custody chain hold.`
                : `Not intact: ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'} found.`}
            </strong>
          </p>
          <p>
            {verdict.signedByThisDepartment
              ? 'Signed with this department’s key.'
              : `Not signed with this department’s key (key ${verdict.keyFingerprint ?? 'unreadable'}).`}
          </p>
          {verdict.problems.length > 0 && (
            <ul>
              {verdict.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
