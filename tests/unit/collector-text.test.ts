import { shownCount } from '../../collectors/telegram/telegram-message.js';
import { htmlText } from '../../collectors/text/html-text.js';
import { rfc3339Instant, unixInstant } from '../../collectors/text/instants.js';
import { markdownRefs } from '../../collectors/text/markdown-links.js';

/** The text helpers collectors share: Markdown links, instants, shown counts, relative links. */
describe('collector text helpers', () => {
  it('takes Markdown links as written, without sentence punctuation or Markdown escapes', () => {
    const refs = markdownRefs(
      'see https://a.example/x. and (https://b.example/y_(z)), **https://c.example/c**, www.d.example/a\\_b; ' +
        '[label](https://e.example/q?a=1&b=2 "title") <https://f.example/> u/some_one and /u/Two-2, not https://g.example/u/nobody',
    );
    expect(refs.urls.sort()).toEqual(
      [
        'https://a.example/x',
        'https://b.example/y_(z)',
        'https://c.example/c',
        'http://www.d.example/a_b',
        'https://e.example/q?a=1&b=2',
        'https://f.example/',
        'https://g.example/u/nobody',
      ].sort(),
    );
    expect(refs.users).toEqual(['some_one', 'Two-2']);
  });

  it('reads times exactly, never through the server’s zone, and refuses impossible ones', () => {
    expect(unixInstant(1763600000)).toBe('2025-11-20T00:53:20.000Z');
    expect(unixInstant(1763600000.25)).toBe('2025-11-20T00:53:20.250Z');
    expect(() => unixInstant(Number.NaN)).toThrow(RangeError);
    expect(rfc3339Instant('2026-11-20T10:00:00.123456+05:30')).toEqual({ iso: '2026-11-20T04:30:00.123Z' });
    expect(rfc3339Instant('2026-11-20T10:00:00')).toEqual({
      iso: '2026-11-20T10:00:00.000Z',
      note: 'no zone given; read as UTC',
    });
    expect(rfc3339Instant('2024-02-29T00:00:00Z').iso).toBe('2024-02-29T00:00:00.000Z');
    expect(rfc3339Instant('2026-02-29T00:00:00Z')).toEqual({
      iso: null,
      reason: 'day 29 does not exist in 2026-02',
    });
    expect(rfc3339Instant('yesterday').iso).toBeNull();
  });

  it('reads counts as t.me shows them', () => {
    expect(['980', '1K', '1.2K', '4.85K', '1.2M', '12 345', 'many'].map(shownCount)).toEqual([
      980,
      1000,
      1200,
      4850,
      1_200_000,
      12345,
      null,
    ]);
  });

  it('resolves relative links against a base when one is given, and leaves them out otherwise', () => {
    const html =
      '<p><a href="/a">a</a> <a href="b/c">b</a> <a href="mailto:x@y">m</a> <a href="#top">t</a></p>';
    expect(htmlText(html).links).toEqual([]);
    expect(htmlText(html, 'https://site.example/news/1').links).toEqual([
      'https://site.example/a',
      'https://site.example/news/b/c',
    ]);
  });
});
