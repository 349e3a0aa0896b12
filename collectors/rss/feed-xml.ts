/**
 * The XML of a feed as the RSS 2.0, RSS 1.0 and Atom (RFC 4287) specifications and their usual
 * modules (Dublin Core, content, Media RSS, iTunes) define it. Elements are found by namespace, not
 * by the prefix a publisher happened to choose; character references (numeric and every HTML name)
 * are decoded in text and attributes alike, while CDATA stays literal; and the text constructs
 * (titles, summaries, content) keep their markup until their type says how to read it.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { htmlText } from '../text/html-text.js';

export type XmlNode = Record<string, unknown>;

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
} as const;
export type Namespace = keyof typeof NS | 'none';

/** The prefix the specifications' examples use, for documents that forget to declare one. */
const CONVENTIONAL: Readonly<Record<keyof typeof NS, string>> = {
  atom: 'atom',
  rss1: '',
  rdf: 'rdf',
  dc: 'dc',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
};

/** Which prefixes stand for which namespace in one document. */
export class Names {
  private readonly prefixes = new Map<string, string[]>();

  constructor(xml: string) {
    for (const [, prefix = '', uri = ''] of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
      const key = uri.replace(/\/$/, '');
      this.prefixes.set(key, [...(this.prefixes.get(key) ?? []), prefix]);
    }
  }

  /** The keys (`prefix:local` or `local`) an element of that namespace may appear under. */
  keys(ns: Namespace, local: string): string[] {
    if (ns === 'none') return [local];
    const declared = this.prefixes.get(NS[ns].replace(/\/$/, '')) ?? [];
    const prefixes = [...new Set([...declared, CONVENTIONAL[ns]])];
    return prefixes.map((p) => (p ? `${p}:${local}` : local));
  }
}

/** Elements whose content is text that may be markup, kept unparsed for `constructText`. */
const CONSTRUCTS: readonly [Namespace, readonly string[]][] = [
  ['none', ['title', 'description', 'subtitle', 'summary', 'content', 'rights']],
  ['atom', ['title', 'subtitle', 'summary', 'content', 'rights']],
  ['rss1', ['title', 'description']],
  ['content', ['encoded']],
  ['media', ['title', 'description']],
  ['itunes', ['summary', 'subtitle']],
  ['dc', ['title', 'description']],
];

/** A parser that keeps text constructs raw, whatever prefix their namespace has in this document. */
export function feedParser(names: Names): XMLParser {
  const stop = new Set<string>();
  for (const [ns, locals] of CONSTRUCTS)
    for (const local of locals) for (const key of names.keys(ns, local)) stop.add(`*.${key}`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    cdataPropName: '#cdata',
    // Decoded here instead, with every HTML name: the parser knows only a few of them.
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    stopNodes: [...stop],
  });
}

/** Text with its character references decoded as a browser would (`&eacute;`, `&#8217;`, `&amp;`). */
export function decodeRefs(text: string): string {
  return text.includes('&') ? parse(text.replace(/</g, '&lt;')).text : text;
}

/** Raw XML content with CDATA sections kept literal and the rest decoded. */
function unwrap(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeRefs(part)))
    .join('');
}

export const list = (v: unknown): XmlNode[] =>
  v === undefined || v === null ? [] : ((Array.isArray(v) ? v : [v]) as XmlNode[]);

/** The first of the keys the node has. */
export function child(node: XmlNode | undefined, keys: readonly string[]): unknown {
  if (!node || typeof node !== 'object') return undefined;
  for (const key of keys) if (node[key] !== undefined) return node[key];
  return undefined;
}

/** Every element under any of the keys. */
export const children = (node: XmlNode | undefined, keys: readonly string[]): XmlNode[] =>
  keys.flatMap((k) => list(node && typeof node === 'object' ? node[k] : undefined));

/** The text of a simple element (not a text construct), decoded and trimmed. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return decodeRefs(v).trim();
  if (Array.isArray(v)) return textOf(v[0]);
  if (v && typeof v === 'object') {
    const node = v as XmlNode;
    const text = typeof node['#text'] === 'string' ? decodeRefs(node['#text']) : '';
    const cdata = list(node['#cdata']).map(String).join('');
    return (text + cdata).trim();
  }
  return '';
}

/** An attribute's value, decoded; '' when absent. */
export function attr(node: unknown, name: string): string {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return '';
  const v = (node as XmlNode)[`@${name}`];
  return typeof v === 'string' ? decodeRefs(v).trim() : '';
}

/** How a text construct's content is to be read. */
export type ConstructType = 'text' | 'html' | 'xhtml' | 'title';

/** Atom's `type` attribute (text, html, xhtml or a MIME type) as a construct type. */
export function atomType(node: unknown, fallback: ConstructType = 'text'): ConstructType {
  const type = attr(node, 'type').toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type === 'text' || type === 'text/plain') return 'text';
  return type ? 'text' : fallback;
}

/** What a text construct says, as text, and the links its markup holds. */
export function constructText(
  node: unknown,
  type: ConstructType,
  base?: string,
): { text: string; links: string[] } {
  const raw =
    typeof node === 'string'
      ? node
      : typeof node === 'object' && node
        ? String((node as XmlNode)['#text'] ?? '')
        : '';
  if (type === 'xhtml') return htmlText(raw.replace(/<(\/?)[\w.-]+:/g, '<$1'), base);
  const content = unwrap(raw);
  // A title is text, but feeds often put escaped HTML or a second layer of references in one.
  const markup =
    type === 'html' || (type === 'title' && /<[a-z/][^>]*>|&(#\d+|#x[\da-f]+|\w+);/i.test(content));
  if (markup) return htmlText(content, base);
  const lines = content.split('\n').map((line) => line.replace(/[ \t]+/g, ' ').trim());
  return {
    text: lines
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim(),
    links: [],
  };
}
