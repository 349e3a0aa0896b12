import { useEffect, useState } from 'react';

/** The workspace shell; the signed-in views grow from here. */
export function App() {
  const [version, setVersion] = useState<string>('…');
  useEffect(() => {
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ version }' }),
    })
      .then((r) => r.json() as Promise<{ data?: { version: string } }>)
      .then((body) => setVersion(body.data?.version ?? 'unavailable'))
      .catch(() => setVersion('unavailable'));
  }, []);
  return (
    <main>
      <h1>casegraph</h1>
      <p>Server version {version}</p>
    </main>
  );
}
