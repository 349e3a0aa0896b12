import { LRUCache } from 'lru-cache';
import type { ContentGeneration } from '../infra/content-generation.js';

/**
 * The answers to a case's heavier reads (neighbourhood, graph drawing, timeline pages), kept for
 * as long as the case content they were read from is current. Many people reading one case ask
 * the same questions; without this each of them waited for Neo4j, which on two cores answered a
 * neighbourhood at about 90 a second under load. Access is checked before the cache is asked,
 * and the answers never depend on who asks. Concurrent askers of one question share one load.
 */
export class CaseReadCache {
  private readonly answers = new LRUCache<string, { value: Promise<unknown> }>({
    max: 100,
    // Bounds staleness should Redis miss an advance of the generation.
    ttl: 60_000,
  });

  constructor(private readonly generation: ContentGeneration) {}

  /** The answer to `question` (which must name the read and every argument) about the case. */
  async remember<T>(caseId: string, question: string, load: () => Promise<T>): Promise<T> {
    let generation: string;
    try {
      generation = await this.generation.current();
    } catch {
      return load();
    }
    const key = `${generation}\n${caseId}\n${question}`;
    const known = this.answers.get(key);
    if (known) return known.value as Promise<T>;
    const value = load();
    this.answers.set(key, { value });
    // Failures (a limit exceeded, Neo4j away) are not remembered: the next asker tries again.
    value.catch(() => this.answers.get(key)?.value === value && this.answers.delete(key));
    return value;
  }
}
