/**
 * The department's records schedule (policy/records-schedule.yaml): when each capture must be
 * reviewed again. Intelligence in a case nobody is charged in gets at most five years
 * (28 CFR 23.20(h)); evidence in a charged case follows the department's schedule (SO1301
 * III.A.1.b.3). A file that breaks either rule stops start-up, naming the line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { PURPOSES, type Purpose } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { projectRoot } from '../../common/paths.js';
import { lineOf, policyError } from '../gate/policy-loader.js';

/** 28 CFR 23.20(h): intelligence is reviewed at most five years after it entered the system. */
export const INTELLIGENCE_CEILING_MONTHS = 60;

const months = z.number().int().min(1).max(1200);
const perPurpose = z.object(
  Object.fromEntries(PURPOSES.map((p) => [p, months])) as Record<Purpose, typeof months>,
);

const scheduleSchema = z
  .object({
    revision: z.string().min(1),
    intelligenceReview: z.object({
      clause: z.string().min(1),
      maxMonths: months.max(INTELLIGENCE_CEILING_MONTHS),
      months: perPurpose,
    }),
    chargedEvidence: z.object({ clause: z.string().min(1), months: perPurpose }),
    maxKeepMonths: months,
  })
  .superRefine((s, ctx) => {
    for (const purpose of PURPOSES) {
      if (s.intelligenceReview.months[purpose] > s.intelligenceReview.maxMonths) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['intelligenceReview', 'months', purpose],
          message: `${s.intelligenceReview.months[purpose]} months is past the ceiling of ${s.intelligenceReview.maxMonths} (28 CFR 23.20(h))`,
        });
      }
    }
    if (s.maxKeepMonths > s.intelligenceReview.maxMonths) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['maxKeepMonths'],
        message: `a kept capture is reviewed again within ${s.intelligenceReview.maxMonths} months (28 CFR 23.20(h))`,
      });
    }
  });

export type RecordsSchedule = z.infer<typeof scheduleSchema>;

export function defaultSchedulePath(): string {
  return path.join(projectRoot(), 'policy', 'records-schedule.yaml');
}

/** Reads and checks the schedule; CONFIG_INVALID naming the line at fault. */
export function loadRecordsSchedule(file = defaultSchedulePath()): RecordsSchedule {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `records schedule ${file}: cannot read (${(error as Error).message})`,
    );
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw policyError(file, counter.linePos(yamlError.pos[0]).line, yamlError.message.split('\n')[0]!);
  }
  const parsed = scheduleSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path as (string | number)[];
    throw policyError(file, lineOf(doc, counter, at), `${at.join('.') || '(top level)'}: ${issue.message}`);
  }
  return Object.freeze(parsed.data);
}

/** `from` plus whole calendar months, in UTC. */
export function addMonths(from: Date, count: number): Date {
  const d = new Date(from.getTime());
  d.setUTCMonth(d.getUTCMonth() + count);
  return d;
}

/** How long a capture of this purpose waits for review, and the clause that says so. */
export function reviewPeriod(
  schedule: RecordsSchedule,
  purpose: Purpose,
  charged: boolean,
): { months: number; clause: string } {
  const part = charged ? schedule.chargedEvidence : schedule.intelligenceReview;
  return { months: part.months[purpose], clause: part.clause };
}
