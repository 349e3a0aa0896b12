/**
 * Links and user mentions in Markdown as people write it on Reddit: `[label](target)` links,
 * `<https://…>` autolinks, bare `https://…` and bare-domain `www.…` autolinks. Writers end
 * sentences right after a link and editors escape Markdown characters inside URLs (`a\_b`), so a
 * URL taken literally would point somewhere else: trailing punctuation is dropped (a closing
 * parenthesis only when unbalanced) and backslash escapes are undone.
 */

/** What a text links to and whom it mentions. */
export interface MarkdownRefs {
  readonly urls: string[];
  /** User names mentioned as `u/name` or `/u/name`, without the prefix. */
  readonly users: string[];
}

const LINK = /\[(?:[^\]\\]|\\.)*\]\(\s*<?((?:[^()\s<>\\]|\\.|\([^()\s]*\))+)>?(?:\s+["'(][^)]*)?\s*\)/g;
const ANGLE = /<((?:https?:\/\/|www\.)[^\s<>]+)>/gi;
const BARE = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>]+/gi;
// Reddit user names are 3-20 letters, digits, `_` or `-`.
const USER = /(?:^|[^\w/])\/?u\/([A-Za-z0-9_-]{3,20})\b/g;

/** Undoes Markdown backslash escapes (`\_` is `_`). */
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!~^>|<&])/g, '$1');

const count = (s: string, c: string) => s.split(c).length - 1;

/** Drops what ends a sentence rather than the URL; keeps a `)` that closes one in the URL. */
function trimTail(url: string): string {
  let u = url;
  for (;;) {
    const last = u.at(-1) ?? '';
    if ('.,;:!?\'"*_~'.includes(last) && last !== '') u = u.slice(0, -1);
    else if (last === ')' && count(u, ')') > count(u, '(')) u = u.slice(0, -1);
    else if (last === ']' && count(u, ']') > count(u, '[')) u = u.slice(0, -1);
    else return u;
  }
}

/**
 * The URL as written when it is an absolute http(s) URL, else null. Reddit renders a `www.`
 * autolink as an http link, so that is the URL it names.
 */
function absolute(candidate: string): string | null {
  const raw = /^www\./i.test(candidate) ? `http://${candidate}` : candidate;
  if (!/^https?:\/\/[^/]/i.test(raw) || !URL.canParse(raw)) return null;
  return raw;
}

/** Links and mentions in a Markdown text, each once. */
export function markdownRefs(markdown: string): MarkdownRefs {
  const found: string[] = [];
  let rest = markdown;
  for (const pattern of [LINK, ANGLE]) {
    rest = rest.replace(pattern, (_, target: string) => {
      found.push(unescape(target.trim()));
      return ' ';
    });
  }
  rest = rest.replace(BARE, (match: string) => {
    found.push(trimTail(unescape(match)));
    return ' ';
  });
  const urls = [...new Set(found.map(absolute).filter((u): u is string => u !== null))];
  const users = [...new Set([...rest.matchAll(USER)].map((m) => m[1]!))];
  return { urls, users };
}
