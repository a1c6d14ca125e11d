import { parseDocument } from '../parse/document';
import { packageCommand } from '../package-managers';
import { aptCommandOptions, aptConfigBoolean } from './apt-options';

async function optionsOf(line: string) {
  const doc = await parseDocument(`FROM debian:bookworm\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const command = packageCommand(doc.shellScripts(run)[0].commands[0]);
  if (!command) throw new Error(`no package command in ${line}`);
  return aptCommandOptions(command);
}

describe('aptCommandOptions', () => {
  it.each([
    ['apt-get install -y curl', undefined],
    ['apt-get install -y --no-install-recommends curl', false],
    ['apt-get -o APT::Install-Recommends=0 install curl', false],
    ['apt-get install -oAPT::Install-Recommends=false curl', false],
    ['apt-get --option=APT::Install-Recommends=no install curl', false],
    ['apt-get --no-install-recommends --install-recommends install curl', true],
    ['apt install -o APT::Install-Recommends=maybe curl', undefined],
  ])('%s → installRecommends %s', async (line, expected) => {
    const options = await optionsOf(line);
    expect(options.installRecommends).toBe(expected);
    expect(options.packages).toEqual(['curl']);
  });

  it.each([
    ['apt-get purge -y gcc', false, true],
    ['apt-get purge -y --auto-remove gcc', true, true],
    ['apt-get remove --autoremove gcc', true, false],
    ['apt-get autoremove -y', true, false],
    ['apt-get autopurge', true, true],
    ['apt-get remove --purge gcc', false, true],
    ['apt-get -o APT::Get::AutomaticRemove=true remove gcc', true, false],
  ])('%s → autoRemove %s, purge %s', async (line, autoRemove, purge) => {
    expect(await optionsOf(line)).toMatchObject({ autoRemove, purge });
  });

  it('leaves out operands it cannot read and counts them', async () => {
    expect(await optionsOf('apt-get install -y curl $EXTRA "lib${X}"')).toMatchObject({ packages: ['curl'], dynamicOperands: 2 });
  });
});

describe('aptConfigBoolean', () => {
  it('reads flat and nested settings, the last one winning, skipping comments', () => {
    expect(aptConfigBoolean('APT::Install-Recommends "0";\n', 'APT::Install-Recommends')).toBe(false);
    expect(aptConfigBoolean('apt::install-recommends "false";', 'APT::Install-Recommends')).toBe(false);
    expect(aptConfigBoolean('APT {\n  Install-Recommends "false";\n  Install-Suggests "0";\n};\n', 'APT::Install-Recommends')).toBe(false);
    expect(aptConfigBoolean('APT::Install-Recommends "0";\nAPT::Install-Recommends "1";', 'APT::Install-Recommends')).toBe(true);
    expect(aptConfigBoolean('// APT::Install-Recommends "0";\n# APT::Install-Recommends "0";\n/* APT::Install-Recommends "0"; */', 'APT::Install-Recommends')).toBeUndefined();
    expect(aptConfigBoolean('APT::Install-Suggests "0";', 'APT::Install-Recommends')).toBeUndefined();
    expect(aptConfigBoolean('APT { Get { AutomaticRemove "true"; }; };', 'APT::Get::AutomaticRemove')).toBe(true);
  });
});
