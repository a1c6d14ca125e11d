import { describeBytes, lineOf, refuse, type HidingGroup, type Report } from '@dflint/core/rule-kit';
import { listFirst, sizeLabel, storedHere } from '../wording';

// A package manager's removal (apt-get purge/remove/autoremove) of packages an earlier RUN installed:
// their files stay stored in that RUN's layer (figures from the package indexes, estimated).

/** The group's hidden entries are packages' files (StoredEntry reason `package`). */
export function removesPackages(group: HidingGroup): boolean {
  return group.effect.kind === 'package' && group.hidden.every(({ entry }) => entry.reason === 'package');
}

/** `the files of 41 packages: gcc-12 (≈ 66.8 MiB), … and 38 more, installed at line 2 are removed by apt-get at line 3: ≈ 201.3 MiB wasted` */
export function packageRemovalReport(group: HidingGroup): Report {
  const hidden = [...group.hidden].sort((a, b) => b.entry.bytes.value - a.entry.bytes.value);
  const names = hidden.map(({ entry }) => `${entry.effect.kind === 'package' ? entry.effect.name : entry.path} (${sizeLabel(entry.bytes)})`);
  const lines = [...new Set(hidden.map(({ entry }) => lineOf(entry.effect.range)))];
  const what = hidden.length === 1 ? `the files of package ${names[0]}` : `the files of ${hidden.length} packages: ${listFirst(names, 3)},`;
  const at = lineOf(group.effect.range);
  return {
    range: group.effect.range,
    message: `${what} installed at line ${lines.join(', ')} are removed by ${group.effect.command} at line ${at}: ${describeBytes(group.bytes)} wasted`,
    wastedBytes: group.bytes,
    related: storedHere(group.hidden),
    fix: refuse('a removal of what an earlier RUN installed: install, use and remove the packages in one RUN'),
  };
}
