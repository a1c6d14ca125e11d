import type { Effect } from '../types';
import type { Call } from './call';

/** What one command does to the filesystem. */
export type Handler = (call: Call) => Effect[];
