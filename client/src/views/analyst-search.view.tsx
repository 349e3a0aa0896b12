import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatTime, request } from '../api';
import { FieldError } from '../components/field-error.component';
import { graphql } from '../gql';
import { paths } from '../paths';

const SEARCH = graphql(`
  query SearchPosts($c: ID!, $q: String!) {
    searchPosts(caseId: $c, query: $q, first: 50) {
      words
      hits {
        ref
        platform
        url
        text
        postedAt
        authorRef
        authorHandle
        authorName
        captureIds
      }
    }
  }
`);

/** Letters folded the way the search index folds them (accents dropped, lower case). */
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The text with each searched word marked, accents ignored as the search ignores them. */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  const wanted = new Set(words.map(folded));
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {parts.map((part, i) =>
        [...wanted].some((w) => folded(part).startsWith(w)) && part.length > 0 ? (
          <mark key={i}>{part}</mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * Full-text search over the case's posts (/search?q=…): every word must appear, accents are
 * ignored, a phrase in quotes stays a phrase and a word ending in * is a prefix. Each hit leads to
 * the post on the graph and to the captures that saw it.
 */
export function AnalystSearch({
  caseId,
  onSelect,
  onOpenCapture,
}: {
  caseId: string;
  onSelect: (ref: string) => void;
  onOpenCapture: (captureId: string) => void;
}) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('q') ?? '';
  const [typed, setTyped] = useState(asked);
  const result = useQuery({
    queryKey: ['case', caseId, 'search', asked],
    queryFn: async () => (await request(SEARCH, { c: caseId, q: asked })).searchPosts,
    enabled: asked.trim().length > 0,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  }
  const failed = result.error && asked === typed.trim() ? result.error.message : undefined;

  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">Search the case’s posts</h2>
      <form role="search" aria-label="Search posts" onSubmit={submit}>
        <label>
          Words in the post
          <input
            type="search"
            name="postSearch"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder='e.g. riverfront, "blue car", shoot*'
            aria-invalid={failed ? true : undefined}
            aria-describedby={failed ? 'post-search-error' : 'post-search-help'}
          />
          <FieldError id="post-search" message={failed} />
        </label>
        <p id="post-search-help" className="muted">
          Every word must appear; accents do not matter; “quotes” keep a phrase; a * ends a prefix.
        </p>
        <button type="submit">Search</button>
      </form>
      {result.isFetching && <p aria-busy="true">Searching…</p>}
      {result.data && (
        <p role="status">
          {result.data.hits.length === 0
            ? `No post of this case contains ${result.data.words.join(' and ')}.`
            : `${result.data.hits.length} post${result.data.hits.length === 1 ? '' : 's'} found.`}
        </p>
      )}
      <ol className="search-hits">
        {result.data?.hits.map((hit) => (
          <li key={hit.ref} className="card">
            <p className="muted">
              {hit.authorRef ? (
                <Link to={paths.node(caseId, hit.authorRef)}>
                  {hit.authorName
                    ? `${hit.authorName} (${hit.authorHandle ?? ''})`
                    : (hit.authorHandle ?? hit.authorRef)}
                </Link>
              ) : (
                'Author not captured'
              )}{' '}
              · {hit.platform} · {formatTime(hit.postedAt)}
            </p>
            <p className="post-text">
              <Marked text={hit.text ?? ''} words={result.data.words} />
            </p>
            <div className="toolbar">
              <button type="button" className="link" onClick={() => onSelect(hit.ref)}>
                Show on the graph
              </button>
              {hit.captureIds.map((id, i) => (
                <button key={id} type="button" className="link" onClick={() => onOpenCapture(id)}>
                  Capture {i + 1}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
