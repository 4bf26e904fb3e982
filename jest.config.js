// Two projects: fast unit tests of pure domain code, and end-to-end tests over real
// HTTP against real Postgres and Redis (one database and Redis prefix per spec file).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
];
// A few ESM-only packages are require()d by CommonJS dependencies (@fastify/static,
// @fastify/cookie). Node 20's jest cannot require ESM, so swc turns them into CommonJS.
const esmOnlyRequiredByCjs = ['content-disposition', 'cookie'];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${esmOnlyRequiredByCjs.join('|')})/.+\\.js$`]: ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyRequiredByCjs.join('|')})/)`],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
export default {
  // Browser journeys and end-to-end tests boot the whole application: give them time.
  testTimeout: 60000,
  // Two test files at a time, each in a worker process that is replaced once it holds more
  // than this: run in one process, the e2e files' heaps added up to gigabytes and the last
  // files ran ten times slower under garbage collection. Two workers on two cores: much of an
  // e2e file's time is spent waiting (on Postgres, Redis, Chromium, the processes it starts,
  // its polls), so the other file runs meanwhile; each worker stays under ~1.5 GB.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      // End-to-end specs, and the medium specs of each module's repository on a migrated Postgres.
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/medium/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
