import { apiHost, formatImageReference, parseImageReference, ReferenceError } from './reference';
import { formatPlatform, parsePlatform, platformMatches } from './platform';
import { parseWwwAuthenticate } from './www-authenticate';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseImageReference: Docker naming', () => {
  test.each([
    ['debian', 'docker.io/library/debian:latest'],
    ['debian:bookworm-slim', 'docker.io/library/debian:bookworm-slim'],
    ['bitnami/redis:7.2', 'docker.io/bitnami/redis:7.2'],
    ['index.docker.io/library/node:20', 'docker.io/library/node:20'],
    ['docker.io/debian', 'docker.io/library/debian:latest'],
    ['ghcr.io/owner/repo/image:v1', 'ghcr.io/owner/repo/image:v1'],
    ['localhost/app', 'localhost/app:latest'],
    ['localhost:5000/app:dev', 'localhost:5000/app:dev'],
    ['127.0.0.1:5000/a/b', '127.0.0.1:5000/a/b:latest'],
    [`debian@${DIGEST}`, `docker.io/library/debian@${DIGEST}`],
    [`debian:12@${DIGEST}`, `docker.io/library/debian:12@${DIGEST}`],
    ['quay.io/prometheus/node-exporter:v1.8.1', 'quay.io/prometheus/node-exporter:v1.8.1'],
  ])('%s → %s', (text, full) => {
    expect(formatImageReference(parseImageReference(text))).toBe(full);
  });

  test('Docker Hub is asked at registry-1.docker.io; other registries at their own name', () => {
    expect(apiHost(parseImageReference('debian').registry)).toBe('registry-1.docker.io');
    expect(apiHost(parseImageReference('ghcr.io/o/r').registry)).toBe('ghcr.io');
  });

  test.each([
    ['Debian', /'Debian' is not a valid repository name component/],
    ['debian:', /'' is not a valid tag/],
    ['debian@sha256:xyz', /'sha256:xyz' is not a digest/],
    ['a//b', /'\(empty\)' is not a valid repository name component/],
    ['debian:-bad', /'-bad' is not a valid tag/],
  ])('%s is refused with a reason', (text, reason) => {
    expect(() => parseImageReference(text)).toThrow(ReferenceError);
    expect(() => parseImageReference(text)).toThrow(reason);
  });
});

describe('platforms', () => {
  test('parse and format', () => {
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    expect(parsePlatform('linux')).toBeUndefined();
    expect(formatPlatform({ os: 'linux', architecture: 'amd64' })).toBe('linux/amd64');
  });

  test('arm64 without a variant is v8; a wanted platform without a variant takes any', () => {
    expect(platformMatches({ os: 'linux', architecture: 'arm64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(true);
    expect(platformMatches({ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(false);
    expect(platformMatches({ os: 'linux', architecture: 'arm', variant: 'v7' }, { os: 'linux', architecture: 'arm' })).toBe(true);
    expect(platformMatches({ os: 'windows', architecture: 'amd64' }, { os: 'linux', architecture: 'amd64' })).toBe(false);
  });
});

describe('parseWwwAuthenticate', () => {
  test("Docker Hub's bearer challenge", () => {
    expect(parseWwwAuthenticate('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/debian:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/debian:pull' } },
    ]);
  });

  test('several challenges, unquoted and escaped values', () => {
    expect(parseWwwAuthenticate('Basic realm="a \\"b\\"", Bearer realm=https://x/token,service=s')).toEqual([
      { scheme: 'basic', params: { realm: 'a "b"' } },
      { scheme: 'bearer', params: { realm: 'https://x/token', service: 's' } },
    ]);
  });
});
