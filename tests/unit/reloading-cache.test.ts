import { ReloadingCache } from '../../server/infra/reloading-cache.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The access cache's memory: fresh answers, one reload behind a recently expired one, no stale failures. */
describe('reloading cache', () => {
  const TTL = 100;
  let loads: number;
  const counting =
    (delayMs = 0) =>
    async () => {
      loads += 1;
      const n = loads;
      await sleep(delayMs);
      return n;
    };
  beforeEach(() => {
    loads = 0;
  });

  it('shares one load among concurrent askers and serves it while fresh', async () => {
    const cache = new ReloadingCache<number>(TTL, 10);
    const load = counting(20);
    expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual([
      1, 1, 1,
    ]);
    expect(await cache.get('k', load)).toBe(1);
    expect(loads).toBe(1);
  });

  it('serves a recently expired answer while one reload runs, then the reloaded one', async () => {
    const cache = new ReloadingCache<number>(TTL, 10);
    await cache.get('k', counting());
    await sleep(TTL + 10);
    const load = counting(30);
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    expect(loads).toBe(2);
    await sleep(50);
    expect(await cache.get('k', load)).toBe(2);
  });

  it('waits for a fresh load when the answer is older than twice the ttl', async () => {
    const cache = new ReloadingCache<number>(TTL, 10);
    await cache.get('k', counting());
    await sleep(2 * TTL + 10);
    expect(await cache.get('k', counting())).toBe(2);
  });

  it('forgets a failed load, and a reload does not bring back an answer deleted meanwhile', async () => {
    const cache = new ReloadingCache<number>(TTL, 10);
    await expect(cache.get('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', counting())).toBe(1);
    await sleep(TTL + 10);
    const slow = counting(30);
    expect(await cache.get('k', slow)).toBe(1);
    cache.delete('k');
    await sleep(50);
    expect(await cache.get('k', counting())).toBe(3);
  });

  it('forgets by key or by loaded value', async () => {
    const cache = new ReloadingCache<{ id: string }>(TTL, 10);
    await cache.get('a', async () => ({ id: 'u1' }));
    await cache.get('b', async () => ({ id: 'u2' }));
    cache.deleteWhere((_, value) => value?.id === 'u1');
    let reloaded = false;
    await cache.get('a', async () => ((reloaded = true), { id: 'u1' }));
    await cache.get('b', async () => ({ id: 'changed' }));
    expect(reloaded).toBe(true);
    expect(await cache.get('b', async () => ({ id: 'changed' }))).toEqual({ id: 'u2' });
  });
});
