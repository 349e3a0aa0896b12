import { parse } from 'node-html-parser';

/** What a post's HTML says: its text, and the links in it that are neither mentions nor hashtags. */
export interface HtmlText {
  readonly text: string;
  readonly links: string[];
}

/** Elements whose content is never shown as text: code, styles, and a page's head. */
const UNSEEN = 'script, style, noscript, template, head';
/** Ends of block elements, after which the text starts a new line. */
const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|figure)>/gi;

/** An http(s) URL an anchor points at, resolved against `base` when it is relative. */
function absoluteHref(href: string, base: string | undefined): string | null {
  if (/^https?:\/\//i.test(href)) return href;
  if (!base || /^[a-z][\w+.-]*:/i.test(href) || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Plain text of platform HTML or of a whole page (paragraphs and line breaks kept as newlines, the
 * doctype, head, scripts and styles left out) and its outbound links. Relative links are resolved
 * against `base` when one is given (a feed item's HTML links to its own site), else left out.
 */
export function htmlText(html: string, base?: string): HtmlText {
  const root = parse(
    html
      .replace(/<!doctype[^>]*>/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_END, '$&\n'),
  );
  for (const element of root.querySelectorAll(UNSEEN)) element.remove();
  const links = root
    .querySelectorAll('a[href]')
    .filter((a) => !/\b(mention|hashtag)\b/.test(a.getAttribute('class') ?? ''))
    .map((a) => absoluteHref(a.getAttribute('href')!.trim(), base))
    .filter((href): href is string => href !== null);
  const text = root.textContent
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return { text, links: [...new Set(links)] };
}
