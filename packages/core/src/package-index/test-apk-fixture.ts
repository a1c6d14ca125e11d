// The committed Alpine 3.16 excerpt (fixtures/apk/README.md) as the tests use it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseApkWorld } from './apk-catalog';
import { parseApkIndexText } from './apk-index';
import type { ApkIndex, ApkPackage } from './apk-types';

const FIXTURES = path.join(__dirname, 'fixtures', 'apk');
export const ALPINE_SOURCE = 'Alpine v3.16.3-13-g4d933a1fa3 main x86_64 APKINDEX';
export const alpine316: ApkIndex = { source: ALPINE_SOURCE, packages: parseApkIndexText(readFileSync(path.join(FIXTURES, 'alpine-3.16-main-x86_64.APKINDEX'), 'utf8')) };

/** alpine:3.16's installed packages (the 14 of its lib/apk/db/installed), as the index's x86_64 records */
export const BASE_NAMES = ['alpine-baselayout-data', 'musl', 'busybox', 'alpine-baselayout', 'alpine-keys', 'ca-certificates-bundle', 'libcrypto1.1', 'libssl1.1', 'ssl_client', 'zlib', 'apk-tools', 'scanelf', 'musl-utils', 'libc-utils'];
export const base: ApkPackage[] = BASE_NAMES.map((name) => alpine316.packages.find((pkg) => pkg.name === name)!);
/** alpine:3.16's /etc/apk/world */
export const baseWorld = parseApkWorld('alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n');

/** `name-version` of each package, sorted */
export const named = (packages: readonly ApkPackage[]) => packages.map((pkg) => `${pkg.name}-${pkg.version}`).sort();

/** apk 2.14's `(1/19) Installing libgcc (11.2.1_git20220219-r2)` lines, as `name-version`, sorted */
export const installing = (text: string) =>
  text
    .trim()
    .split(/\s+(?=\S+ \()/)
    .map((item) => item.replace(/ \((.*)\)$/, '-$1'))
    .sort();
