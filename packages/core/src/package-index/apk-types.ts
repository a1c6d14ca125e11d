// The shape of Alpine's apk package indexes as dflint keeps them (issue 16): what the `apk add`
// closure and its sizes need from an APKINDEX, nothing else.

/** `<`, `<=`, `=`, `>=`, `>`; `~` (the version's prefix: `python3~3.12`, also `<~`, `>~`); `><` (a checksum: not compared) */
export type ApkOperator = '<' | '<=' | '=' | '>=' | '>' | '~' | '<~' | '>~' | '><';

/** One dependency of a `D:` field or the world: `so:libc.musl-x86_64.so.1`, `python3~3.12`, `!busybox-extras`. */
export interface ApkDependency {
  name: string;
  operator?: ApkOperator;
  version?: string;
  /** `!name`: the package must not be installed */
  conflict?: boolean;
  /** `name@edge` (the world only): packages of repositories tagged `@edge` may be taken */
  tag?: string;
}

/** One package of an APKINDEX (or a record of apk's installed database, which has the same fields). */
export interface ApkPackage {
  /** P: */
  name: string;
  /** V: */
  version: string;
  /** A: `x86_64`, `noarch` */
  architecture: string;
  /** I: bytes its files take installed; absent from some third-party indexes */
  installedSize?: number;
  /** S: bytes of the .apk file apk downloads (into /var/cache/apk when a cache is set up) */
  size?: number;
  /** D: */
  depends: ApkDependency[];
  /** p: `so:libz.so.1=1.3.1`, `cmd:curl=8.5.0-r0`, `/bin/sh`; without a version a provider is not taken unless named or ranked by `k:` */
  provides: Array<{ name: string; version?: string }>;
  /** i: installed automatically once every one of these is (`curl-doc` on `curl=8.5.0-r0 docs`) */
  installIf: ApkDependency[];
  /** o: the source package */
  origin?: string;
  /** t: build time, seconds since the epoch */
  buildTime?: number;
  /** k: provider_priority: ranks the providers of a name, and lets an unversioned provide be chosen */
  providerPriority?: number;
}

/** A parsed APKINDEX of one repository and architecture. */
export interface ApkIndex {
  /** for figures' `source`: `https://dl-cdn.alpinelinux.org/alpine/v3.20/main x86_64 APKINDEX (v3.20.3-165-g…), 2026-12-06` */
  source: string;
  /** the repository's `@tag`: its packages are taken only by dependencies naming it */
  tag?: string;
  packages: ApkPackage[];
}

export class ApkIndexError extends Error {}
