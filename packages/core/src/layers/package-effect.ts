import type { Range } from '../parse/types';
import type { Bytes } from './bytes';

/**
 * A package manager installs or removes one package's files (issue 16): dpkg's `curl`, sized from
 * the package indexes' Installed-Size, or pip's `requests`. Its files are a tree of their own at `/` or `path` (StoredEntry reason
 * `package`), which the package's removal or an upgrade hides as a whole (docs/package-installs.md).
 */
export interface PackageEffect {
  kind: 'package';
  range: Range;
  /** the command that does it: `apt-get` */
  command: string;
  /** the package database: `dpkg` */
  manager: string;
  op: 'install' | 'remove';
  name: string;
  version: string;
  /**
   * install: what its files amount to (estimated from the index, a lower bound, or unknown with why);
   * remove: what they amount to when the base image holds them (no layer of the Dockerfile stores them)
   */
  bytes: Bytes;
  /** install over an installed version of the base image (an upgrade): what the old version's files amount to */
  replaces?: Bytes;
  /**
   * where its files lie when the manager keeps them under one directory (pip: its install prefix or
   * --target); dpkg's, apk's and rpm's lie all over `/`, the default
   */
  path?: string;
}
