/**
 * The maintained list of providers a preservation letter goes to (policy/providers.yaml): who the
 * provider is and how it asks law enforcement to reach it. Read from the file only, never looked
 * up on the network; a provider missing from the list is refused with what to add.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PLATFORMS } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { projectRoot } from '../../common/paths.js';

const providerSchema = z.object({
  id: z.string().min(1),
  platforms: z.array(z.enum(PLATFORMS)).min(1),
  /** For federated platforms: the servers this entry is the provider of. */
  hosts: z.array(z.string().min(1)).optional(),
  name: z.string().min(1),
  serve: z.string().min(1),
  guidelines: z.string().url(),
  checked: z.string().min(1),
});
const listSchema = z.object({ revision: z.string().min(1), providers: z.array(providerSchema) });

export type Provider = z.infer<typeof providerSchema>;
export type ProviderList = z.infer<typeof listSchema>;

export function defaultProvidersPath(): string {
  return path.join(projectRoot(), 'policy', 'providers.yaml');
}

/** Reads the list; CONFIG_INVALID with the file and the field at fault. */
export function loadProviders(file = defaultProvidersPath()): ProviderList {
  let parsed: unknown;
  try {
    parsed = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `provider list ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const checked = listSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AppError('CONFIG_INVALID', `provider list ${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/** The host a target lives on: a URL's host, or the domain of a handle such as alice@kc.social. */
export function targetHost(kind: string, value: string): string | null {
  if (kind === 'url') {
    try {
      return new URL(value).hostname.toLowerCase();
    } catch {
      return null;
    }
  }
  const at = value.replace(/^@/, '').split('@')[1];
  return at ? at.toLowerCase() : null;
}

/**
 * The provider of a target: the entry for its server when the list names one, else the
 * platform's own entry (one without hosts); BAD_USER_INPUT naming what the list lacks.
 */
export function providerFor(list: ProviderList, platform: string, host: string | null): Provider {
  const onPlatform = list.providers.filter((p) => (p.platforms as string[]).includes(platform));
  const byHost = host ? onPlatform.find((p) => p.hosts?.includes(host)) : undefined;
  const found = byHost ?? onPlatform.find((p) => !p.hosts);
  if (!found) {
    const where = host ? `${platform} server ${host}` : platform;
    throw new AppError(
      'BAD_USER_INPUT',
      `no provider for ${where} is on the department's list (policy/providers.yaml): add it with the contact its operator publishes for law enforcement`,
      { field: 'target' },
    );
  }
  return found;
}
