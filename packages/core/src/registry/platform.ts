/** An image platform as OCI indexes describe it: `linux/arm64/v8`. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const NODE_ARCH: Record<string, Platform['architecture']> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };

/** What BuildKit builds for by default: Linux on the host's architecture (`$BUILDPLATFORM`). */
export function hostPlatform(): Platform {
  const architecture = NODE_ARCH[process.arch] ?? process.arch;
  return architecture === 'arm' ? { os: 'linux', architecture, variant: 'v7' } : { os: 'linux', architecture };
}

/** Parses `linux/amd64`, `linux/arm64/v8`, `linux/arm/v7`; undefined when it is not of that shape. */
export function parsePlatform(text: string): Platform | undefined {
  const [os, architecture, variant, extra] = text.trim().toLowerCase().split('/');
  if (!os || !architecture || extra !== undefined) return undefined;
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Whether an index entry's platform serves the wanted one (arm64 without a variant is v8). */
export function platformMatches(offered: Platform, wanted: Platform): boolean {
  if (offered.os !== wanted.os || offered.architecture !== wanted.architecture) return false;
  if (!wanted.variant) return true;
  const variant = offered.variant ?? (offered.architecture === 'arm64' ? 'v8' : undefined);
  return variant === wanted.variant;
}
