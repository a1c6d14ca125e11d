import type { Argv, Options } from 'yargs';

/** The flags that say how base images are resolved, the same on `dflint` and `dflint layers`; plain data, also read by plain-argv.ts. */
export const REGISTRY_OPTIONS = {
  'offline': { type: 'boolean', describe: 'Resolve no base image and fetch no package index over the network: figures that need them are unknown (DFLINT_OFFLINE=1 does the same; --no-offline overrides it and the config)' },
  'registry-mirror': { type: 'string', array: true, describe: "Fetch a registry's images from a mirror: REGISTRY=URL, e.g. docker.io=https://mirror.example.com (repeatable)" },
  'insecure-registry': { type: 'string', array: true, describe: 'Speak plain http to this registry host[:port] (repeatable; localhost and 127.0.0.1 always are)' },
  'network-budget': { type: 'string', describe: 'Compressed layer bytes this run may download (e.g. 1GB, 500MiB, bytes; 0: none); default: the config\'s networkBudget, else 1GB' },
  'platform': { type: 'string', describe: "The platform the image is built for (os/arch[/variant], e.g. linux/arm64); default: the config's, else this machine's" },
} as const satisfies Record<string, Options>;

export function withRegistryOptions<T>(y: Argv<T>) {
  return y.options(REGISTRY_OPTIONS);
}
