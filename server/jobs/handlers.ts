import { AppError } from '../../common/errors.js';
import type { Runtime } from '../runtime.js';
import type { JobHandlers } from './job-types.js';

/** The handler of every job name, wired to the services of this process. */
export function buildJobHandlers(_runtime: Runtime): JobHandlers {
  return {
    collect: async () => {
      throw new AppError('INTERNAL', 'the collect pipeline is not wired in this build');
    },
    export: async () => {
      throw new AppError('INTERNAL', 'the export pipeline is not wired in this build');
    },
  };
}
