import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../common/errors.js';
import { toPlain } from './neo4j-values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface GraphConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string | undefined;
}

export interface WriteOptions<R = unknown> {
  /**
   * False for writes that cannot change what a case read returns (the audit trail): they leave
   * cached case reads valid. Every other write, committed or not, tells the `onWritten` listeners.
   */
  readonly changesCaseContent?: boolean;
  /**
   * The cases whose reads the write may change, when the writer knows them: a list, or a function
   * of the write's result for writes that find them out as they go (an ingest into shared nodes).
   * Without it, or when the write fails before its result names them, every case is told.
   */
  readonly cases?: readonly string[] | ((result: R) => readonly string[]);
}

/** What a write may have changed: the named cases, or (`all`) any case. */
export type WrittenScope = { readonly cases: readonly string[] } | 'all';
export type WriteListener = (scope: WrittenScope) => Promise<void>;

/** A unit of work inside one transaction; rows come back already converted to plain values. */
export interface Tx {
  run<T extends Row = Row>(cypher: string, params?: Params): Promise<T[]>;
}

/**
 * casegraph's handle on Neo4j. Repositories use it with parameterised Cypher only; the driver
 * and its value types never leave graph/.
 */
export class GraphClient {
  private readonly writeListeners: WriteListener[] = [];
  /**
   * Every session of this process shares its bookmarks: in a cluster or on Aura a read routed to a
   * secondary (a read replica) waits until it holds the writes this process made before it, so a
   * capture just ingested is never missing from the next read. On one server it costs nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();

  private constructor(
    private readonly driver: Driver,
    private database: string | undefined,
  ) {}

  static connect(connection: GraphConnection): GraphClient {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 30_000,
      disableLosslessIntegers: false,
    });
    return new GraphClient(driver, connection.database);
  }

  /** Resolves once the server answers; rejects with SERVICE_UNAVAILABLE after the timeout. */
  async waitUntilReady(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await this.driver.verifyConnectivity({ database: this.database });
        await this.pinDatabase();
        return;
      } catch (error) {
        last = error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `Neo4j did not answer: ${(last as Error)?.message ?? 'unknown'}`,
    );
  }

  /**
   * Without a database name the driver has the server resolve the user's home database in every
   * transaction, which doubled the cost of a small query here (3.5 vs 6.9 ms for RETURN 1); name it.
   */
  private async pinDatabase(): Promise<void> {
    if (this.database) return;
    const session = this.driver.session();
    try {
      const result = await session.run('CALL db.info() YIELD name RETURN name');
      this.database = result.records[0]?.get('name') as string | undefined;
    } finally {
      await session.close();
    }
  }

  /**
   * One read statement as an auto-commit transaction: a single round trip fewer than a managed
   * transaction, and a read has nothing to roll back.
   */
  async read<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.bookmarks,
    });
    try {
      return await runIn<T>(session, cypher, params);
    } finally {
      await session.close();
    }
  }

  async write<T extends Row = Row>(
    cypher: string,
    params: Params = {},
    options?: WriteOptions<T[]>,
  ): Promise<T[]> {
    return this.written(options, () => this.session('WRITE', (tx) => runIn<T>(tx, cypher, params)));
  }

  /** Several statements in one write transaction: all of them land, or none. */
  async writeTx<R>(work: (tx: Tx) => Promise<R>, options?: WriteOptions<R>): Promise<R> {
    return this.written(options, () =>
      this.session('WRITE', (tx) => work({ run: (c, p) => runIn(tx, c, p ?? {}) })),
    );
  }

  /**
   * Calls `listener` after every write that may change case content, before the write returns, so
   * a caller that wrote and then reads never gets a cached answer from before its write. Returns
   * the function that stops the calls.
   */
  onWritten(listener: WriteListener): () => void {
    this.writeListeners.push(listener);
    return () => {
      const at = this.writeListeners.indexOf(listener);
      if (at >= 0) this.writeListeners.splice(at, 1);
    };
  }

  private async written<R>(options: WriteOptions<R> | undefined, write: () => Promise<R>): Promise<R> {
    const named = options?.cases;
    let scope: WrittenScope = Array.isArray(named) ? { cases: named } : 'all';
    try {
      const result = await write();
      if (typeof named === 'function') scope = { cases: named(result) };
      return result;
    } finally {
      // Also after a failure: a commit whose answer was lost may still have landed.
      if (options?.changesCaseContent !== false) {
        await Promise.all(this.writeListeners.map((l) => l(scope)));
      }
    }
  }

  async readTx<R>(work: (tx: Tx) => Promise<R>): Promise<R> {
    return this.session('READ', (tx) => work({ run: (c, p) => runIn(tx, c, p ?? {}) }));
  }

  /**
   * An auto-commit statement: schema commands (constraints, indexes) and `CALL {} IN
   * TRANSACTIONS` batches cannot run inside a managed transaction.
   */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    await this.written(undefined, async () => {
      const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarks });
      try {
        await session.run(cypher, params);
      } finally {
        await session.close();
      }
    });
  }

  async ping(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  async serverVersion(): Promise<string> {
    const rows = await this.read<{ versions: string[]; edition: string }>(
      'CALL dbms.components() YIELD versions, edition RETURN versions, edition',
    );
    return `${rows[0]?.versions[0] ?? 'unknown'} ${rows[0]?.edition ?? ''}`.trim();
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
}

async function runIn<T extends Row>(
  tx: Pick<ManagedTransaction, 'run'>,
  cypher: string,
  params: Params,
): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => toPlain(record.toObject()) as T);
}

/** Cypher needs integers (not floats) for LIMIT, SKIP and range bounds. */
export function int(value: number): unknown {
  return neo4j.int(Math.trunc(value));
}
