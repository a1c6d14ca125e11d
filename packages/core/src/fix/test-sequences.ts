// Random Dockerfiles of consecutive RUNs for the RUN-merge semantics test. The scripts call stub
// commands (ok1…ok4 exit 0, fail1/fail2 exit 1, mk creates a file) that log what they saw, and
// mix in the shell forms that make merging hard: lists, groups, subshells, if, negation, pipes,
// cd, export and assignments, set -e, exit, background jobs. Around the scripts: comment and blank
// lines inside continuations (before the script too), `\ ` continuations, and comment lines that
// start with \v or \f, which dockerfile-ast and Docker read differently.

export interface SequenceOptions {
  /** /bin/sh accepts `set -o pipefail` */
  pipefail: boolean;
}

export interface GeneratedSequence {
  dockerfile: string;
  /** each RUN's script as generated (before Dockerfile continuations) */
  scripts: string[];
  /** the merge must refuse: a script has a `#` comment, or a lint directive stands between RUNs */
  expectRefusal: boolean;
  /**
   * a comment line starts with \v or \f, or a RUN's last line ends with `<escape> ` (a
   * continuation, or with escape=` a shell escape): refusing is a correct answer
   */
  mayRefuse: boolean;
  /**
   * errexit is on in a RUN before the last (`set -e`, or SHELL with -e). Inside an `&&` chain
   * errexit is ignored, so refusing such a merge is a correct answer.
   */
  errexitBeforeLast: boolean;
}

/** Lines that may stand between two RUNs (a lint directive, which blocks the merge, is DIRECTIVE). */
const BETWEEN = ['', '\n', '# next step\n', 'LABEL stage=test\n', 'EXPOSE 8080\n', '# comment\nLABEL a=b\n', '\n  \t# indented\n\n'];
/** Blanks before the `#` of a comment line; \v and \f are blanks to Docker but not to dockerfile-ast. */
const COMMENT_INDENT = ['', '    ', ' \t'];
const ODD_COMMENT_INDENT = ['\v', '\f', ' \v'];
const DIRECTIVE = '# dflint-ignore consecutive-run\n';
/** Commands that write no log line. */
const QUIET = ['true', 'false', 'mk p1', 'cd d1', 'FOO=y', 'export FOO=x', 'exit 0', 'exit 3', 'set +e'];

export class SequenceGenerator {
  constructor(
    private readonly random: () => number,
    private readonly options: SequenceOptions,
  ) {}

  sequence(): GeneratedSequence {
    const backtick = this.chance(0.15);
    const escape = backtick ? '`' : '\\';
    const count = this.int(2, 4);
    let expectRefusal = false;
    let mayRefuse = false;
    const comment = (text: string) => {
      const odd = this.chance(0.03);
      mayRefuse ||= odd;
      return `${this.pick(odd ? ODD_COMMENT_INDENT : COMMENT_INDENT)}# ${text}\n`;
    };
    let dockerfile = backtick ? '# escape=`\nFROM busybox\n' : 'FROM busybox\n';
    // a shell that runs every RUN with errexit on
    const errexitShell = this.chance(0.03);
    if (errexitShell) dockerfile += 'SHELL ["/bin/sh", "-ec"]\n';
    const scripts: string[] = [];
    for (let i = 0; i < count; i++) {
      if (i > 0) {
        const directive = this.chance(0.01);
        expectRefusal ||= directive;
        dockerfile += directive ? DIRECTIVE : this.pick(BETWEEN);
        if (this.chance(0.1)) dockerfile += comment('between');
      }
      const script = this.runScript();
      // a shell comment at the end of the script, on the RUN's last line (so not a Dockerfile comment line)
      const shellComment = this.chance(0.02) ? ' # note' : '';
      expectRefusal ||= shellComment !== '';
      scripts.push(script + shellComment);
      // a comment line between the keyword and the script
      const leading = this.chance(0.08) ? ` ${this.continuation(escape)}\n${comment('before the script')}    ` : '';
      // `<escape> ` ends the RUN: Docker continues onto the next line (escape=\), or the shell sees an escaped blank (escape=`)
      const dangling = this.chance(0.02) ? '\\ ' : '';
      mayRefuse ||= dangling !== '';
      dockerfile += `RUN ${leading}${this.continued(script, escape, comment)}${shellComment}${dangling}\n`;
    }
    const errexitBeforeLast = errexitShell || scripts.slice(0, -1).some((script) => script.includes('set -e'));
    return { dockerfile, scripts, expectRefusal, mayRefuse, errexitBeforeLast };
  }

  /** One RUN's script: statements joined by `;` (or `&` after a background `mk`), maybe `set -e` first. */
  runScript(): string {
    const statements: string[] = [];
    const count = this.int(1, 2);
    let script = this.chance(0.03) ? 'set -e; ' : '';
    for (let i = 0; i < count; i++) {
      // a background job only runs `mk`, which does not log: a logging job would race the next command
      const background = this.chance(0.06);
      statements.push(background ? `mk b${this.int(1, 2)} &` : this.andOr(2));
    }
    statements.forEach((statement, i) => {
      script += statement;
      if (i < statements.length - 1) script += statement.endsWith('&') ? ' ' : this.pick(['; ', ' ;', ';  ']);
    });
    if (!script.endsWith('&')) script += this.pick(['', '', '', ';', ' ; ', ' ']);
    return script;
  }

  /**
   * Puts some list operators of `script` at the end of a Dockerfile line (a continuation), with
   * comment and blank lines after some of them.
   */
  private continued(script: string, escape: string, comment: (text: string) => string): string {
    return script.replace(/(&&|\|\||;) /g, (match, _op: string, offset: number) => {
      if (script.slice(offset + match.length).trim() === '' || !this.chance(0.2)) return match;
      const blank = this.chance(0.1) ? '\n' : '';
      const inside = this.chance(0.15) ? comment('inside a continuation') : '';
      return `${match} ${this.continuation(escape)}\n${blank}${inside}    `;
    });
  }

  /** The escape char that continues a line, sometimes with blanks after it (Docker allows them). */
  private continuation(escape: string): string {
    return escape + (this.chance(0.15) ? this.pick([' ', '\t', '  ']) : '');
  }

  private andOr(depth: number): string {
    let text = this.command(depth);
    const more = this.chance(0.5) ? 1 : this.int(0, 2);
    for (let i = 0; i < more; i++) text += `${this.pick([' && ', ' || '])}${this.command(depth)}`;
    return text;
  }

  private list(depth: number): string {
    const parts = [this.andOr(depth)];
    if (this.chance(0.4)) parts.push(this.andOr(depth));
    return parts.join('; ');
  }

  private command(depth: number): string {
    if (depth === 0 || this.chance(0.65)) return this.simple();
    const inner = depth - 1;
    switch (this.int(0, 5)) {
      case 0:
        return `( ${this.list(inner)} )`;
      case 1:
        return `{ ${this.list(inner)}; }`;
      case 2:
        return `if ${this.andOr(inner)}; then ${this.list(inner)}; fi`;
      case 3:
        return `if ${this.andOr(inner)}; then ${this.list(inner)}; else ${this.list(inner)}; fi`;
      case 4:
        return `! ${this.simple()}`;
      default:
        // the two sides of a pipe run at once: only one may log, or the log order would be a race
        return `${this.pick(QUIET)} | ${this.simple()}`;
    }
  }

  private simple(): string {
    const n = this.int(1, 4);
    const choices: (() => string)[] = [
      () => `ok${n}`,
      () => `ok${n}`,
      () => `ok${n} a "b c"`,
      // $BAR is not exported: only an expanded argument shows a value that leaked from an earlier RUN
      () => `ok${n} "$BAR"`,
      () => `fail${this.int(1, 2)}`,
      () => this.pick(['true', 'false']),
      () => `mk f${this.int(1, 3)}`,
      () => `ok${n} > o${this.int(1, 2)}`,
      () => this.pick(['cd d1', 'cd d2', 'cd ..', 'cd "$HOME"']),
      () => this.pick(['export FOO=x', 'FOO=y', 'unset FOO', 'export BAR=b']),
      () => `FOO=z ok${n}`,
      // assignments that stick without looking like one: before a special builtin, and ${…:=…}
      () => this.pick(['FOO=q :', ': "${BAR:=w}"', ': $((BAR=5))']),
      () => this.pick(['exit 0', 'exit 3']),
      // rare: errexit before the last RUN lets the merge refuse, which would leave less to test
      () => (this.chance(0.05) ? 'set -e' : this.pick(this.options.pipefail ? ['set +e', 'set -o pipefail'] : ['set +e'])),
    ];
    return this.pick(choices)();
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
}
