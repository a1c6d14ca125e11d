import type { Platform } from '../registry/platform';
import type { AptSource } from './apt-sources';

/** One Packages index `apt-get update` fetches: a source's component for the image's architecture. */
export interface AptIndexTarget {
  source: AptSource;
  /** `main`; '' for a flat repository */
  component: string;
  /** Debian's name: `amd64`, `armhf`, … */
  architecture: string;
}

const DEBIAN_ARCH: Record<string, string> = { amd64: 'amd64', arm64: 'arm64', '386': 'i386', ppc64le: 'ppc64el', s390x: 's390x', riscv64: 'riscv64', mips64le: 'mips64el', loong64: 'loong64' };

/**
 * The dpkg architecture of an image platform, as Debian's images are published (`linux/arm/v7` is
 * armhf, `linux/arm/v5` armel); undefined for one Debian does not build for (`linux/arm/v6`,
 * which Raspbian and Alpine use, is not armhf), or not Linux.
 */
export function debianArchitecture(platform: Platform): string | undefined {
  if (platform.os !== 'linux') return undefined;
  if (platform.architecture === 'arm') return platform.variant === 'v7' || !platform.variant ? 'armhf' : platform.variant === 'v5' ? 'armel' : undefined;
  return DEBIAN_ARCH[platform.architecture];
}

/**
 * The indexes apt fetches for these sources: each component of each source, once, except sources
 * limited to other architectures (`[arch=arm64]`, `Architectures:`), which apt leaves out.
 */
export function aptIndexTargets(sources: readonly AptSource[], architecture: string): AptIndexTarget[] {
  const seen = new Set<string>();
  const targets: AptIndexTarget[] = [];
  for (const source of sources) {
    if (source.architectures && !source.architectures.includes(architecture)) continue;
    for (const component of source.suite.endsWith('/') ? [''] : source.components) {
      const key = `${source.uri} ${source.suite} ${component}`;
      if (seen.has(key)) continue;
      seen.add(key);
      targets.push({ source, component, architecture });
    }
  }
  return targets;
}
