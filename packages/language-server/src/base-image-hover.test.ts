import type { BaseImageFigure } from './analysis-types';
import { describeBaseImage } from './base-image-hover';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } };
const DIGEST = `sha256:3f2a${'0'.repeat(60)}`;

describe('hover on FROM', () => {
  test('a resolved image: size, layers, compressed size, platform, digest, and the pinned reference', () => {
    const figure: BaseImageFigure = {
      range: RANGE,
      written: 'debian:bookworm',
      kind: 'image',
      image: 'docker.io/library/debian:bookworm linux/amd64',
      resolved: { reference: 'docker.io/library/debian:bookworm', digest: DIGEST, platform: 'linux/amd64', storedBytes: 78_433_894, fileBytes: 78_433_894, compressedBytes: 30_408_704, layerCount: 1 },
    };
    expect(describeBaseImage(figure)).toBe(
      `**FROM debian:bookworm** — 74.8 MiB in 1 layer (29.0 MiB compressed) · linux/amd64 · sha256:3f2a00000000…\n\n\`docker.io/library/debian:bookworm@${DIGEST}\``,
    );
    const pinned = { ...figure, resolved: { ...figure.resolved!, reference: `docker.io/library/debian:bookworm@${DIGEST}`, layerCount: 3 } };
    expect(describeBaseImage(pinned)).toContain(`in 3 layers (`);
    expect(describeBaseImage(pinned)).toContain(`\`docker.io/library/debian:bookworm@${DIGEST}\``);
    const hiding = { ...figure, resolved: { ...figure.resolved!, fileBytes: 70 * 1024 * 1024 } };
    expect(describeBaseImage(hiding)).toContain('74.8 MiB in 1 layer (29.0 MiB compressed) · linux/amd64 · sha256:3f2a00000000…\n\n70.0 MiB of it in its final filesystem: upper layers hide the rest\n\n`');
  });

  test('unresolved, scratch and a stage say what they are', () => {
    expect(describeBaseImage({ range: RANGE, written: 'debian', kind: 'image', reason: 'offline' })).toBe('**FROM debian** — base image not resolved (offline)');
    expect(describeBaseImage({ range: RANGE, written: 'scratch', kind: 'scratch' })).toBe('**FROM scratch** — an empty filesystem; nothing to download');
    expect(describeBaseImage({ range: RANGE, written: 'build', kind: 'stage', baseStage: { index: 0, name: 'build', line: 2 } })).toBe(
      '**FROM build** — builds on stage 0 (build) at line 3: its files and environment; nothing to download',
    );
  });
});
