/**
 * Which fixture servers have moved their platform's account to its later state, so a second
 * capture sees posts deleted since the first. Each server (one base URL) starts at its first state;
 * other suites' servers never see a revision made on another.
 */
const revised = new Set<string>();

/** Moves `platform`'s account on the fixture server at `base` to its later state. */
export function reviseFixture(base: string, platform: string): void {
  revised.add(`${platform} ${base}`);
}

export const isRevised = (base: string, platform: string): boolean => revised.has(`${platform} ${base}`);
