/**
 * Polls `check` until it holds, for work casegraph finishes in the background (a job's custody
 * event, an audit write); fails naming what was awaited when `ms` pass first.
 */
export async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
