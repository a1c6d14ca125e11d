import type { DockerfileModel, Instruction } from '../parse/types';
import { EXPERIMENTAL_BUILDKIT_CHECKS, isBuildkitCheck, readCheckComment, readCheckValue, type CheckDirective, type CheckList } from './lint-directive';
import type { Finding, RuleMeta, Severity } from './rule';

// What BuildKit's `# check=` directive does to dflint's findings that carry a BuildKit check name
// (the syntax is read in ./lint-directive): `skip=` switches them off, `error=true` makes them
// errors, `experimental=` turns on the default-off rules of BuildKit's experimental checks. The
// parser directive acts on the file; a `# check=skip=… // reason` comment on the next instruction.

/** The file's `# check=` parser directive, read; undefined without one (a second is a parse problem). */
export function fileCheckDirective(model: Pick<DockerfileModel, 'directives'>): CheckDirective | undefined {
  const directive = model.directives.find((each) => each.name === 'check');
  return directive ? readCheckValue(directive.value) : undefined;
}

export class CheckSettings {
  private readonly file: CheckDirective | undefined;
  private readonly byInstruction = new Map<Instruction, CheckList>();

  constructor(model: Pick<DockerfileModel, 'directives' | 'comments' | 'instructions'>) {
    this.file = fileCheckDirective(model);
    let sorted: Instruction[] | undefined;
    for (const comment of model.comments) {
      const value = readCheckComment(comment.text);
      if (value === undefined) continue;
      sorted ??= [...model.instructions].sort((a, b) => a.range.start.line - b.range.start.line);
      const next = sorted.find((instruction) => instruction.range.start.line > comment.range.start.line);
      if (next) this.byInstruction.set(next, readCheckValue(value).skip);
    }
  }

  /** A default-off rule aliasing an experimental check the directive's `experimental=` names. */
  turnsOn(meta: Pick<RuleMeta, 'defaultOff' | 'aliases'>): boolean {
    return Boolean(meta.defaultOff) && meta.aliases.some((name) => this.experimental(name));
  }

  /** `error=true` makes a finding with a BuildKit check name an error. */
  severityOf(finding: Pick<Finding, 'aliases'>, severity: Severity): Severity {
    return this.file?.error && checkNames(finding).length > 0 ? 'error' : severity;
  }

  /** Whether a `skip=` switches the finding off (an experimental check turned on stays on, as in BuildKit). */
  skips(finding: Pick<Finding, 'aliases' | 'range'>): boolean {
    // most files have no check directive: every finding of every edit asks
    if (!this.file && this.byInstruction.size === 0) return false;
    const names = checkNames(finding);
    if (names.length === 0) return false;
    if (this.file && !names.some((name) => this.experimental(name)) && listed(this.file.skip, names)) return true;
    const line = finding.range.start.line;
    for (const [instruction, skip] of this.byInstruction) {
      if (line >= instruction.range.start.line && line <= instruction.range.end.line && listed(skip, names)) return true;
    }
    return false;
  }

  private experimental(name: string): boolean {
    return EXPERIMENTAL_BUILDKIT_CHECKS.includes(name) && this.file !== undefined && listed(this.file.experimental, [name]);
  }
}

function checkNames(finding: Pick<Finding, 'aliases'>): string[] {
  return (finding.aliases ?? []).filter(isBuildkitCheck);
}

function listed(list: CheckList, names: readonly string[]): boolean {
  return list.all || names.some((name) => list.names.includes(name));
}
