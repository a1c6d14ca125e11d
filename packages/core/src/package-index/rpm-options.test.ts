import { parseDocument } from '../parse/document';
import { packageCommand } from '../package-managers';
import { dnfCommandOptions } from './rpm-options';

async function optionsOf(line: string) {
  const doc = await parseDocument(`FROM fedora:40\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const command = packageCommand(doc.shellScripts(run)[0].commands[0]);
  if (!command) throw new Error(`no package command in ${line}`);
  return dnfCommandOptions(command);
}

describe('dnfCommandOptions', () => {
  it.each([
    ['dnf install -y gcc', undefined, undefined],
    ['dnf install -y --setopt=install_weak_deps=False gcc', false, undefined],
    ['dnf --setopt install_weak_deps=0 install -y gcc', false, undefined],
    ['microdnf install -y --nodocs --setopt=install_weak_deps=0 gcc', false, true],
    ['yum install -y --setopt=tsflags=nodocs gcc', undefined, true],
    ['dnf5 install -y --setopt=install_weak_deps=maybe gcc', undefined, undefined],
    ['dnf5 install -y --no-docs gcc', undefined, true],
  ])('%s → weak deps %s, nodocs %s', async (line, weak, nodocs) => {
    const options = await optionsOf(line);
    expect(options.installWeakDeps).toBe(weak);
    expect(options.nodocs).toBe(nodocs);
    expect(options.packages).toEqual(['gcc']);
  });

  it.each([
    ['dnf remove -y gcc', undefined, false, ['gcc']],
    ['dnf remove -y --noautoremove gcc', false, false, ['gcc']],
    ['dnf remove --setopt=clean_requirements_on_remove=true -y gcc', true, false, ['gcc']],
    ['dnf autoremove -y', undefined, true, []],
  ])('%s → clean requirements %s, autoremove %s', async (line, clean, autoremove, packages) => {
    const options = await optionsOf(line);
    expect(options.cleanRequirementsOnRemove).toBe(clean);
    expect(options.autoremove).toBe(autoremove);
    expect(options.packages).toEqual(packages);
  });

  it('counts operands it cannot read', async () => {
    expect(await optionsOf('dnf install -y $PKGS curl')).toMatchObject({ packages: ['curl'], dynamicOperands: 1 });
  });
});
