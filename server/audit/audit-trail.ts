/**
 * Buffers the API's audit events and writes them in batches, so auditing every read does not cost
 * every read a write transaction. A mutation's event is written before its response leaves
 * (`recordNow`); reads are written within `flushMs`, and whatever is pending when casegraph stops.
 */
import { logger } from '../../common/logger.js';
import type { AuditRecord, AuditRepository } from '../../graph/repositories/audit.repository.js';

const log = logger('audit');

export class AuditTrail {
  private pending: AuditRecord[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repo: AuditRepository,
    private readonly flushMs = 200,
  ) {}

  /** Queues events; they reach Neo4j within `flushMs`. */
  record(events: readonly AuditRecord[]): void {
    this.pending.push(...events);
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
  }

  /** Queues events and waits until they (and everything queued before them) are stored. */
  async recordNow(events: readonly AuditRecord[]): Promise<void> {
    this.pending.push(...events);
    await this.flush();
  }

  /** Writes what is pending; batches are written one after another, in order. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    const stored = this.writing.then(() => this.repo.append(batch));
    // The chain itself never rejects, so one failed batch does not block the ones after it.
    this.writing = stored.catch((err: unknown) => {
      // Never drop events silently: keep them for the next flush and say so.
      this.pending.unshift(...batch);
      this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.flushMs);
      log.error({ err, events: batch.length }, 'audit events not stored yet; retrying');
    });
    return stored;
  }
}
