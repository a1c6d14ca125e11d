type TarModule = typeof import('tar');
let tarModule: TarModule | undefined;

/** node-tar, required on first use: most runs read no archive, and it takes ~15 ms to load. */
export function loadTar(): TarModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (tarModule ??= require('tar') as TarModule);
}
