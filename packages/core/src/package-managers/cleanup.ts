import type { Cleanup } from './types';

/** A cleanup as a user would type it: `apt-get clean`, `apk add --no-cache`, `PIP_NO_CACHE_DIR=1`. */
export function cleanupText(cleanup: Cleanup): string {
  switch (cleanup.kind) {
    case 'append':
      return cleanup.command;
    case 'flag':
      return cleanup.with ? `${cleanup.with} ${cleanup.flag}` : cleanup.flag;
    case 'env':
      return `${cleanup.name}=${cleanup.value}`;
    case 'cache-mount':
      return cleanup.target ? `RUN --mount=type=cache,target=${cleanup.target}` : 'RUN --mount=type=cache';
  }
}
