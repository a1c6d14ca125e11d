/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// One config for every workspace. Tests run from TypeScript sources through @swc/jest;
// the workspace packages resolve to their sources, so no build is needed for unit tests
// (the CLI tests spawn the built bin, which `npm test` builds first).
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/rules', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/packages/.*/dist/', '<rootDir>/rules/dist/'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: {
    '^@dflint/core$': '<rootDir>/packages/core/src/index.ts',
    '^@dflint/core/rule-kit$': '<rootDir>/packages/core/src/rule-kit.ts',
    '^@dflint/core/wasm-baseline$': '<rootDir>/packages/core/src/wasm-baseline.ts',
    '^@dflint/rules$': '<rootDir>/rules/index.ts',
    '^@dflint/config$': '<rootDir>/packages/config/src/index.ts',
  },
  testTimeout: 60000,
  // offline, with a cache of their own: no test reaches registry-1.docker.io (README, Development)
  globalSetup: '<rootDir>/test/jest-global-setup.ts',
  setupFiles: ['<rootDir>/test/jest-setup.ts'],
  globalTeardown: '<rootDir>/test/jest-global-teardown.ts',
};

export default config;
