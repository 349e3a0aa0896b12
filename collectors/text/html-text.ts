import { parse } from 'node-html-parser';

/** What a post's HTML says: its text, and the links in it that are neither mentions nor hashtags. */
export interface HtmlText {
  readonly text: string;
  readonly links: string[];
}

/** Plain text of platform HTML (paragraphs and line breaks kept as newlines) and its outbound links. */
export function htmlText(html: string): HtmlText {
  const root = parse(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '</p>\n<p>'));
  const links = root
    .querySelectorAll('a[href]')
    .filter((a) => !/\b(mention|hashtag)\b/.test(a.getAttribute('class') ?? ''))
    .map((a) => a.getAttribute('href')!)
    .filter((href) => /^https?:\/\//.test(href));
  return { text: root.textContent.trim(), links: [...new Set(links)] };
}
