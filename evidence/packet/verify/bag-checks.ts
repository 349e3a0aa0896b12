/**
 * The BagIt side of a packet (RFC 8493): the declaration, every payload manifest and every tag
 * manifest in whatever algorithms the bag has, nothing missing or added, and the Payload-Oxum.
 */
import { BAG_ALGORITHMS, type Digests } from './hash-tap.js';
import type { Defects } from './defects.js';

export interface BagFile {
  readonly digests: Digests;
  readonly size: number;
}

export interface BagContents {
  /** Every file of the bag by its path inside the bag folder. */
  readonly files: ReadonlyMap<string, BagFile>;
  /** A small file's text, when it is in the packet and was kept. */
  text(path: string): string | undefined;
}

/** Signature files sit outside the tag manifests, because they cannot be part of what they sign. */
export const SIGNATURE_FILES = [
  'signature/tagmanifest-sha256.txt.sig',
  'signature/public-key.pem',
  'signature/key-fingerprint.txt',
];

const MANIFEST = /^(tag)?manifest-([a-z0-9]+)\.txt$/;

/** The manifests of the bag: payload and tag, with their algorithm. */
export function manifestsOf(paths: Iterable<string>): { path: string; tag: boolean; algorithm: string }[] {
  const found = [];
  for (const path of paths) {
    const match = MANIFEST.exec(path);
    if (match) found.push({ path, tag: match[1] === 'tag', algorithm: match[2]! });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** RFC 8493 §2.1.3: CR, LF and % in a manifest's file paths are percent-encoded. */
export function decodeManifestPath(path: string): string {
  return path.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

/** One manifest's lines as path → digest; malformed lines are defects. */
export function parseManifest(text: string, name: string, defects: Defects): Map<string, string> {
  const lines = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/.exec(line);
    if (!match) {
      defects.add('malformed', `malformed: ${name} line ${i + 1} is not a digest and a file path`, {
        file: name,
      });
      return;
    }
    const path = decodeManifestPath(match[2]!);
    if (lines.has(path)) defects.add('malformed', `malformed: ${name} lists ${path} twice`, { file: name });
    lines.set(path, match[1]!.toLowerCase());
  });
  return lines;
}

/** bagit.txt declares BagIt 1.0 in UTF-8. */
export function checkDeclaration(bag: BagContents, defects: Defects): void {
  const text = bag.text('bagit.txt') ?? '';
  if (!/^BagIt-Version: 1\.0\r?$/m.test(text) || !/^Tag-File-Character-Encoding: UTF-8\r?$/m.test(text)) {
    defects.add('malformed', 'malformed: bagit.txt is missing or does not declare BagIt 1.0 in UTF-8', {
      file: 'bagit.txt',
    });
  }
}

/** Every payload manifest: each listed file present and matching, each payload file listed. */
export function checkPayloadManifests(bag: BagContents, defects: Defects): string[] {
  const manifests = manifestsOf(bag.files.keys()).filter((m) => !m.tag);
  if (!manifests.some((m) => m.algorithm === 'sha256')) {
    defects.add('missing', 'missing: manifest-sha256.txt is not in the packet', {
      file: 'manifest-sha256.txt',
    });
  }
  const payload = [...bag.files.keys()].filter((p) => p.startsWith('data/'));
  for (const { path: name, algorithm } of manifests) {
    if (!BAG_ALGORITHMS[algorithm]) {
      defects.add('malformed', `malformed: ${name} uses ${algorithm}, which this verifier cannot compute`, {
        file: name,
      });
      continue;
    }
    const listed = parseManifest(bag.text(name) ?? '', name, defects);
    const label = algorithm.toUpperCase();
    for (const [path, digest] of listed) {
      const file = bag.files.get(path);
      if (!path.startsWith('data/')) {
        defects.add('malformed', `malformed: ${name} lists ${path}, which is not payload`, { file: name });
      } else if (!file) {
        defects.add('missing', `missing: ${path} is in ${name} but not in the packet`, { file: path });
      } else if (file.digests[algorithm] !== digest) {
        defects.add('altered', `altered: ${path} does not match its ${label} in the manifest`, {
          file: path,
        });
      }
    }
    for (const path of payload) {
      if (!listed.has(path)) defects.add('added', `added: ${path} is not in ${name}`, { file: path });
    }
  }
  return manifests.map((m) => m.algorithm);
}

/** bag-info.txt's Payload-Oxum against the payload's octets and file count. */
export function checkOxum(bag: BagContents, defects: Defects): void {
  const payload = [...bag.files].filter(([p]) => p.startsWith('data/'));
  const octets = payload.reduce((sum, [, f]) => sum + f.size, 0);
  const oxum = /^Payload-Oxum:\s*(\d+)\.(\d+)\r?$/m.exec(bag.text('bag-info.txt') ?? '');
  if (!oxum) {
    defects.add('malformed', 'malformed: bag-info.txt has no Payload-Oxum', { file: 'bag-info.txt' });
  } else if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) {
    defects.add(
      'altered',
      `altered: Payload-Oxum says ${oxum[1]}.${oxum[2]}, the payload is ${octets}.${payload.length}`,
      {
        file: 'bag-info.txt',
      },
    );
  }
}

/**
 * Every tag manifest: each listed tag file present and matching; every tag file (outside data/,
 * the tag manifests themselves and the signature files) listed in each of them.
 */
export function checkTagManifests(bag: BagContents, defects: Defects): string[] {
  const manifests = manifestsOf(bag.files.keys()).filter((m) => m.tag);
  if (!manifests.some((m) => m.algorithm === 'sha256')) {
    defects.add('missing', 'missing: tagmanifest-sha256.txt is not in the packet', {
      file: 'tagmanifest-sha256.txt',
    });
  }
  const tagFiles = [...bag.files.keys()].filter(
    (p) => !p.startsWith('data/') && !p.startsWith('signature/') && !MANIFEST.exec(p)?.[1],
  );
  for (const { path: name, algorithm } of manifests) {
    if (!BAG_ALGORITHMS[algorithm]) {
      defects.add('malformed', `malformed: ${name} uses ${algorithm}, which this verifier cannot compute`, {
        file: name,
      });
      continue;
    }
    const listed = parseManifest(bag.text(name) ?? '', name, defects);
    for (const [path, digest] of listed) {
      const file = bag.files.get(path);
      if (path.startsWith('data/')) {
        defects.add('malformed', `malformed: ${name} lists ${path}, which is payload`, { file: name });
      } else if (!file) {
        defects.add('missing', `missing: tag file ${path} is in ${name} but not in the packet`, {
          file: path,
        });
      } else if (file.digests[algorithm] !== digest) {
        defects.add('altered', `altered: tag file ${path} does not match ${name}`, { file: path });
      }
    }
    for (const path of tagFiles) {
      if (!listed.has(path))
        defects.add('added', `added: tag file ${path} is not in ${name}`, { file: path });
    }
  }
  for (const path of bag.files.keys()) {
    if (path.startsWith('signature/') && !SIGNATURE_FILES.includes(path)) {
      defects.add('added', `added: ${path} is not one of the signature files casegraph writes`, {
        file: path,
      });
    }
  }
  return manifests.map((m) => m.algorithm);
}
