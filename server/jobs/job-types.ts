/**
 * Every job casegraph runs: names in one enum, payloads in one discriminated union. A worker
 * refuses to start when a name has no handler.
 */
export const JobName = {
  Collect: 'collect',
  Export: 'export',
  Checkpoint: 'checkpoint',
  WatchRun: 'watch-run',
} as const;

export type JobName = (typeof JobName)[keyof typeof JobName];

export interface CollectJob {
  readonly name: typeof JobName.Collect;
  readonly data: {
    readonly requestId: string;
    readonly caseId: string;
    /** Signed by the gate, bound to this job, target, method and expiry. */
    readonly decisionToken: string;
  };
}

export interface ExportJob {
  readonly name: typeof JobName.Export;
  readonly data: {
    readonly exportId: string;
    readonly caseId: string;
    readonly requestedBy: string;
    readonly captureIds: readonly string[] | null;
  };
}

/** Signs a checkpoint of every custody chain that grew since its last one; scheduled, not requested. */
export interface CheckpointJob {
  readonly name: typeof JobName.Checkpoint;
  readonly data: Record<string, never>;
}

/**
 * One run of a watch, produced by the watch's BullMQ job scheduler. It carries no decision: the run
 * submits the watch's request to the gate anew, like any collection.
 */
export interface WatchRunJob {
  readonly name: typeof JobName.WatchRun;
  readonly data: {
    readonly watchId: string;
    readonly caseId: string;
  };
}

export type CasegraphJob = CollectJob | ExportJob | CheckpointJob | WatchRunJob;

export type JobData<N extends JobName> = Extract<CasegraphJob, { name: N }>['data'];

/** What a handler receives besides its payload. */
export interface JobContext {
  readonly jobId: string;
  readonly attempt: number;
  updateProgress(progress: number | Record<string, unknown>): Promise<void>;
}

export type JobHandler<N extends JobName> = (data: JobData<N>, context: JobContext) => Promise<unknown>;

export type JobHandlers = { readonly [N in JobName]: JobHandler<N> };

export const QUEUE_NAME = 'casegraph-jobs';
