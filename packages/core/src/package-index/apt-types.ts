// The shape of apt's package indexes as dflint keeps them (issue 16): what the install closure and
// its sizes need from a `Packages` file, nothing else.

/** One relation of a Depends/Pre-Depends/Recommends field: `libc6 (>= 2.34)`, `foo:any`. */
export interface AptRelation {
  name: string;
  relation?: '<<' | '<=' | '=' | '>=' | '>>';
  version?: string;
  /** `:any`, `:native`, `:amd64` */
  arch?: string;
}

/** One binary package of a `Packages` index. */
export interface AptPackage {
  name: string;
  version: string;
  /** `amd64`, `all`, … */
  architecture: string;
  /** Installed-Size in bytes (the field itself is in KiB, rounded by the packager) */
  installedSize: number;
  /** Size: bytes of the .deb apt downloads (into /var/cache/apt/archives) */
  debSize: number;
  /** each inner array is one group of alternatives (`a | b`) */
  depends: AptRelation[][];
  preDepends: AptRelation[][];
  recommends: AptRelation[][];
  provides: Array<{ name: string; version?: string }>;
  essential: boolean;
  multiArch?: 'same' | 'foreign' | 'allowed' | 'no';
}

/** A parsed `Packages` index of one suite, component and architecture. */
export interface AptIndex {
  /** for figures' `source`: `Debian bookworm main amd64 Packages, 2026-12-05` (the Release file's Date) */
  source: string;
  packages: AptPackage[];
  /** 0-based line of the Dockerfile that added its source (apt-added-sources.ts); undefined for the base image's */
  addedAt?: number;
}
