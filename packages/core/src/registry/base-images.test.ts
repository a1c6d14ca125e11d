import { parseDocument } from '../parse/document';
import { baseImages } from './base-images';
import { formatImageReference } from './reference';

const AMD64 = { os: 'linux', architecture: 'amd64' };

async function bases(text: string, options = {}) {
  const images = baseImages(await parseDocument(text), { buildPlatform: AMD64, ...options });
  return images.map((image) => ({
    stage: image.stage,
    image: image.reference ? formatImageReference(image.reference) : undefined,
    platform: `${image.platform.os}/${image.platform.architecture}${image.platform.variant ? `/${image.platform.variant}` : ''}`,
    ...(image.problem && { problem: image.problem }),
  }));
}

describe('baseImages', () => {
  test('registry images only: not scratch, not an earlier stage; global ARG defaults expanded', async () => {
    const text = 'ARG BASE=debian\nARG TAG=bookworm-slim\nFROM ${BASE}:${TAG} AS build\nFROM build AS test\nFROM scratch\nFROM ghcr.io/o/tool:1.2\n';
    expect(await bases(text)).toEqual([
      { stage: 0, image: 'docker.io/library/debian:bookworm-slim', platform: 'linux/amd64' },
      { stage: 3, image: 'ghcr.io/o/tool:1.2', platform: 'linux/amd64' },
    ]);
  });

  test('--platform with the automatic platform ARGs; the target platform defaults to the build platform', async () => {
    const text = 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=linux/arm64 alpine\nFROM alpine:$TARGETARCH\n';
    const arm = { os: 'linux', architecture: 'arm', variant: 'v7' };
    expect(await bases(text, { targetPlatform: arm })).toEqual([
      { stage: 0, image: 'docker.io/library/golang:1.22', platform: 'linux/amd64' },
      { stage: 1, image: 'docker.io/library/alpine:latest', platform: 'linux/arm64' },
      { stage: 2, image: 'docker.io/library/alpine:arm', platform: 'linux/arm/v7' },
    ]);
  });

  test('what cannot be looked up says why', async () => {
    const text = 'ARG VERSION\nFROM node:$VERSION\nFROM Debian:12\nFROM --platform=$WHATEVER alpine\n';
    expect(await bases(text)).toEqual([
      { stage: 0, image: undefined, platform: 'linux/amd64', problem: '$VERSION has no default in an ARG before the first FROM' },
      { stage: 1, image: undefined, platform: 'linux/amd64', problem: "'Debian:12': 'Debian' is not a valid repository name component (lowercase letters, digits, . _ -)" },
      { stage: 2, image: undefined, platform: 'linux/amd64', problem: '--platform=$WHATEVER is not a platform dflint can work out' },
    ]);
  });
});
