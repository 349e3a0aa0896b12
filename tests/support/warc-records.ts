/**
 * Reads a WARC file back for tests: every record's WARC headers (case kept) and its block as
 * stored, unparsed, so assertions see the bytes the file holds; and jwarc's own validation of it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { WARCParser } from 'warcio';

export interface ReadRecord {
  readonly type: string;
  readonly url: string | undefined;
  readonly header: (name: string) => string | undefined;
  readonly block: Buffer;
}

/** Every record of the file, in order. */
export async function readWarc(file: string): Promise<ReadRecord[]> {
  const records: ReadRecord[] = [];
  const parser = new WARCParser(fs.createReadStream(file), { keepHeadersCase: true, parseHttp: false });
  for await (const record of parser) {
    const block = Buffer.from(await record.readFully(false));
    records.push({
      type: record.warcType ?? '',
      url: record.warcTargetURI ?? undefined,
      header: (name) => record.warcHeader(name) ?? undefined,
      block,
    });
  }
  return records;
}

const JWARC = path.resolve('build/tools/jwarc.jar');

/** `jwarc validate` of the file: its exit code and what it printed. */
export function jwarcValidate(file: string): { code: number; output: string } {
  if (!fs.existsSync(JWARC)) throw new Error(`${JWARC} is missing: run bash scripts/setup.sh`);
  try {
    const output = execFileSync('java', ['-jar', JWARC, 'validate', '-v', file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}
