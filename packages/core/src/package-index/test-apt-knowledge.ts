// A Debian base image with dpkg's state files and the committed bookworm excerpt as apt's knowledge,
// for the model's and the rules' tests (no network).
import { estimated, exact } from '../layers/bytes';
import { debianIndex } from '../layers/test-base-image';
import type { BaseImageIndex } from '../registry/base-image-index';
import type { AptKnowledge, PackageIndexStates } from './package-knowledge';
import { bookworm, BOOKWORM_SOURCE, minbase } from './test-apt-fixture';

/**
 * The state files of the debootstrap minbase bookworm image the ground truth builds on (measured in
 * that image on 2026-12-06: packages/core/test/groundtruth/build-image.sh make_debian), and two control
 * files of a base package (sizes made up) for the tests that purge it.
 */
export const DEBIAN_STATE_FILES: Readonly<Record<string, number>> = {
  'var/lib/dpkg/status': 77_102,
  'var/lib/dpkg/status-old': 77_105,
  'var/cache/debconf/templates.dat': 753_157,
  'var/cache/debconf/templates.dat-old': 713_572,
  'var/cache/debconf/config.dat': 4_401,
  'var/cache/debconf/config.dat-old': 3_812,
  'etc/ld.so.cache': 4_523,
  'var/cache/ldconfig/aux-cache': 4_559,
  'var/lib/dpkg/info/tzdata.list': 1_000,
  'var/lib/dpkg/info/tzdata.md5sums': 500,
};

/** The base's state files as the model shows them */
export const BASE_STATE_BYTES = 77_102 + 77_105 + 753_157 + 4_401 + 4_523 + 4_559;

/** test-base-image's Debian base with the minbase packages (sizes from the excerpt) and dpkg's state files. */
export function debianWithDpkg(): BaseImageIndex {
  const index = debianIndex({}, DEBIAN_STATE_FILES);
  const sizes = new Map(bookworm.packages.map((pkg) => [`${pkg.name} ${pkg.version}`, pkg.installedSize]));
  index.packages = minbase.map(({ name, version }) => {
    const installedSize = sizes.get(`${name} ${version}`);
    return { name, version, manager: 'dpkg' as const, ...(installedSize !== undefined && { installedSize }) };
  });
  return index;
}

/**
 * The committed excerpt as apt's index; the lists `apt-get update` stores are bookworm's InRelease
 * (151,075 bytes) and its main amd64 Packages as apt 2.6 keeps it lz4-compressed (18,840,233
 * bytes), both measured in the ground-truth build of 2026-12-06.
 */
export function aptFixtureKnowledge(changes: Partial<AptKnowledge> = {}): AptKnowledge {
  return {
    indexes: [bookworm],
    architecture: 'amd64',
    lists: [
      { name: 'deb.debian.org_debian_dists_bookworm_InRelease', bytes: exact(151_075) },
      { name: 'deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', bytes: estimated(18_840_233, BOOKWORM_SOURCE) },
    ],
    installRecommends: true,
    ...changes,
  };
}

export function aptFixtureStates(knowledge: AptKnowledge = aptFixtureKnowledge()): PackageIndexStates {
  const none = { status: 'unknown' as const, reason: 'not part of this test' };
  return { apt: () => ({ status: 'known', value: knowledge }), npm: () => none, python: () => none, apk: () => none, rpm: () => none };
}
