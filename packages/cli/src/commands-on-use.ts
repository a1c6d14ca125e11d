/**
 * Each command's code, required when it runs (in a function, so a bundle keeps it lazy too):
 * `--help`, `--version` and `dflint layers` load no lint code, a lint no layers, list or init code.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { usePart } from './code-cache-parts';

export const lintModule = () => (usePart('lint'), require('./lint') as typeof import('./lint'));
export const layersModule = () => (usePart('layers'), require('./layers') as typeof import('./layers'));
export const listRulesModule = () => (usePart('list-rules'), require('./list-rules') as typeof import('./list-rules'));
export const configCommands = () => (usePart('config'), require('./config/commands') as typeof import('./config/commands'));

/** A --jobs worker thread's work (lint-jobs-server.ts), for a worker started from a bundle that holds it. */
export const serveLintJobs = (): void => (require('./lint-jobs-server') as typeof import('./lint-jobs-server')).serveLintJobs();
