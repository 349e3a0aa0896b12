import type { ContentGeneration } from '../infra/content-generation.js';
import { ReloadingCache } from '../infra/reloading-cache.js';

/**
 * The answers to a case's heavier reads (neighbourhood, graph drawing, timeline pages), kept for
 * as long as that case's content generation stands: writes into other cases leave them valid. Many people reading one case ask
 * the same questions; without this each of them waited for Neo4j, which on two cores answered a
 * neighbourhood at about 90 a second under load. Access is checked before the cache is asked,
 * and the answers never depend on who asks. Concurrent askers of one question share one load, and
 * failures (a limit exceeded, Neo4j away) are not remembered.
 */
export class CaseReadCache {
  // Answers are reloaded after 30 s and never served past 60 s: that bounds staleness should Redis
  // miss an advance of the generation.
  private readonly answers = new ReloadingCache<unknown>(30_000, 100);

  constructor(private readonly generation: ContentGeneration) {}

  /** The answer to `question` (the read's name and every argument) about the case. */
  async remember<T>(caseId: string, question: readonly unknown[], load: () => Promise<T>): Promise<T> {
    let generation: string;
    try {
      generation = await this.generation.current(caseId);
    } catch {
      return load();
    }
    return this.answers.get(JSON.stringify([generation, caseId, ...question]), load) as Promise<T>;
  }
}
