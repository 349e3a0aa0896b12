/**
 * casegraph's tests run against the real services: jest's global setup starts one embedded Neo4j
 * and one redis-server for the whole run; suites run one at a time because they share them.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  globalSetup: '<rootDir>/tests/support/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/global-teardown.mjs',
  setupFiles: ['<rootDir>/tests/support/per-file-env.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
  // The shared services stop in the global teardown; a handle some suite forgot must not keep CI
  // waiting after every result is in.
  forceExit: true,
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
};
