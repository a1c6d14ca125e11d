import { analyzeDockerfile, fixText } from '@dflint/core';
import { rules } from './index';

const MiB = 1024 * 1024;

/** The shipped stage's wasted bytes, as `dflint layers` reports them. */
async function wasted(text: string) {
  const { layers } = await analyzeDockerfile({ text, rules: [] });
  return layers.stages[layers.stages.length - 1].totals.wastedBytes;
}

// A safe fix that says it saves bytes must leave a Dockerfile whose layer model wastes them no more.
describe('--fix removes the waste it reports', () => {
  test.each([
    // issue 14 item 12b: the 1 MiB stayed wasted after --fix
    ['COPY --from=<stage> then chmod', 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero of=/out/small bs=1024 count=1024\nFROM busybox\nCOPY --from=build /out/small /small\nRUN chmod 700 /small\n'],
  ])('%s', async (_name, text) => {
    expect(await wasted(text)).toEqual({ value: MiB, estimate: 'exact' });
    const fixed = await fixText(text, { rules });
    expect(fixed.applied.map(({ finding }) => finding.rule)).toEqual(['chmod-after-copy']);
    expect(await wasted(fixed.text)).toEqual({ value: 0, estimate: 'exact' });
  });
});
