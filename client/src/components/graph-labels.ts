/**
 * Names for the nodes of the case graph, as people call them: a media file by who posted it
 * rather than its SHA-256, a post without text by its kind. The panel beside the graph shows
 * each node's full record, hashes included.
 */
import type { DrawnGraph } from './graph-canvas.component';

/** Long labels (whole posts, long links) are cut so they do not cover their neighbours. */
export const shortLabel = (label: string) => (label.length > 32 ? `${label.slice(0, 30)}…` : label);

const looksLikeHash = (label: string) => /^[0-9a-f]{40,}$/.test(label);

/** Each node's label to draw, by reference. */
export function drawnLabels(graph: DrawnGraph): Map<string, string> {
  const result = new Map<string, string>();
  for (const node of graph.nodes) {
    const label = node.label ?? '';
    if (!label || looksLikeHash(label) || label === node.kind) {
      result.set(node.ref, fallbackLabel(node.ref, node.kind));
    } else if (node.kind === 'url') {
      result.set(node.ref, shortLabel(label.replace(/^https?:\/\/(www\.)?/, '')));
    } else {
      result.set(node.ref, shortLabel(label));
    }
  }
  // Who posted each post, and which posts carry each media file, from the drawn relationships.
  const authorOf = new Map<string, string>();
  const postsOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.type === 'POSTED') authorOf.set(e.to, e.from);
    if (e.type === 'HAS_MEDIA') postsOf.set(e.to, [...(postsOf.get(e.to) ?? []), e.from]);
  }
  for (const node of graph.nodes.filter((n) => n.kind === 'media')) {
    const posts = postsOf.get(node.ref) ?? [];
    const authors = [...new Set(posts.map((p) => authorOf.get(p)).filter((a) => a !== undefined))];
    const by = authors.map((a) => result.get(a)).filter(Boolean);
    result.set(
      node.ref,
      by.length > 0
        ? `Media posted by ${shortLabel(by.slice(0, 2).join(', '))}`
        : `Media in ${posts.length || 'no'} post${posts.length === 1 ? '' : 's'}`,
    );
  }
  return result;
}

/**
 * A name for a node the graph has no label for: an account by its platform and id (an account
 * known only from a mention), a post as a post.
 */
function fallbackLabel(ref: string, kind: string): string {
  if (kind === 'post') return 'Post without text';
  const [, platform, ...id] = ref.split(':');
  return kind === 'account' && platform ? `${platform}: ${shortLabel(id.join(':'))}` : kind;
}
