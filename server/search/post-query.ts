/**
 * Turns what a detective types into the search box into a Lucene query for the post_search index.
 * People type words, not Lucene: a stray quote, colon or bracket must not become a syntax error or
 * a field query, so every word is escaped and all of them are required. A word ending in `*` is
 * searched as a prefix ("shoot*" finds "shooting"); a phrase in double quotes stays a phrase.
 */
import { AppError } from '../../common/errors.js';

/** Words kept from one query; more than this is not a search a person typed. */
export const MAX_QUERY_WORDS = 12;
const MIN_PREFIX = 2;

/** Lucene's reserved characters, each escaped with a backslash. */
const RESERVED = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escapeTerm = (word: string) => word.replace(RESERVED, (c) => `\\${c}`);

/** A typed query as parsed: the Lucene string and the words to mark in the results. */
export interface PostQuery {
  readonly lucene: string;
  readonly words: readonly string[];
}

/** One clause per quoted phrase or word; BAD_USER_INPUT when nothing searchable is left. */
export function parsePostQuery(typed: string): PostQuery {
  const clauses: string[] = [];
  const words: string[] = [];
  for (const match of typed.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const parts = wordsOf(phrase);
      if (parts.length > 0) clauses.push(`"${parts.map(escapeTerm).join(' ')}"`);
      words.push(...parts);
      continue;
    }
    const raw = match[2]!;
    const prefix = raw.endsWith('*');
    const parts = wordsOf(raw);
    for (const [i, word] of parts.entries()) {
      const asPrefix = prefix && i === parts.length - 1 && word.length >= MIN_PREFIX;
      clauses.push(`${escapeTerm(word)}${asPrefix ? '*' : ''}`);
      words.push(word);
    }
  }
  if (clauses.length === 0) {
    throw new AppError('BAD_USER_INPUT', 'Type at least one word to search the posts for.', {
      field: 'query',
    });
  }
  if (words.length > MAX_QUERY_WORDS) {
    throw new AppError(
      'BAD_USER_INPUT',
      `Search for at most ${MAX_QUERY_WORDS} words at a time; this query has ${words.length}.`,
      { field: 'query' },
    );
  }
  return { lucene: clauses.map((c) => `+${c}`).join(' '), words };
}

/** Letters and digits in any script; punctuation between them separates words, as the index does. */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
