// Does merging RUNs keep what they do? Each original RUN runs as its own `/bin/sh -c <argsText>`
// in a fresh shell (stopping at the first failure, as a build does); the merged RUN runs once.
// Stub commands log their name, directory, $FOO, $BAR and arguments; both runs must agree on
// success, on that log and on the files left in the work tree.
import { initShellParser } from '../parse/shell';
import { difference, ERREXIT_REFUSAL, hasSh, mergeAll, report, Sandbox, shTest, type Merged, type Outcome } from './test-merge-sandbox';

let sandbox: Sandbox;

beforeAll(async () => {
  await initShellParser();
  if (hasSh) sandbox = new Sandbox();
});

afterAll(() => sandbox?.dispose());

/**
 * Merges, runs both ways and expects the same behaviour; returns the merge for further checks, or
 * undefined when the merge refused for a reason `mayRefuse` accepts (refusing is always safe).
 */
async function expectSameBehaviour(dockerfile: string, mayRefuse?: RegExp): Promise<(Merged & { outcome: Outcome }) | undefined> {
  const outcome = await mergeAll(dockerfile);
  if (!outcome.ok) {
    if (mayRefuse?.test(outcome.reason)) return undefined;
    throw new Error(`the merge refused: ${outcome.reason}\n${dockerfile}`);
  }
  const merge = outcome.value;
  if (merge.lostComments.length > 0) throw new Error(`the merge lost comment lines ${JSON.stringify(merge.lostComments)}:\n${merge.text}`);
  const original = await sandbox.run(merge.originals, merge.shell);
  const diff = difference(original, await sandbox.run([merge.merged], merge.shell));
  if (diff) throw new Error(report(dockerfile, merge, diff));
  return { ...merge, outcome: original };
}

/** As expectSameBehaviour, for Dockerfiles the merge must not refuse. */
async function expectMergedSame(dockerfile: string): Promise<Merged & { outcome: Outcome }> {
  return (await expectSameBehaviour(dockerfile))!;
}

describe('the harness', () => {
  shTest('tells a shell that kept its state from fresh shells', async () => {
    const apart = await sandbox.run(['cd d1', 'export FOO=x', 'ok1']);
    const together = await sandbox.run(['cd d1; export FOO=x; ok1']);
    expect(apart.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=\n`);
    expect(difference(apart, together)).toContain('log');
  });

  shTest('stops at the first failing RUN and sees files, background jobs included', async () => {
    const outcome = await sandbox.run(['mk f1; ok1; mk b1 &', 'fail1', 'ok2']);
    expect(outcome.ok).toBe(false);
    expect(outcome.log).toMatch(/^ok1 .*\nfail1 .*\n$/);
    expect(outcome.files).toEqual(expect.arrayContaining(['w/f1', 'w/b1']));
  });
});

describe('merged RUNs behave like separate RUNs', () => {
  // [name, the RUNs after FROM, a refusal that is acceptable too]
  const cases: [string, string, RegExp?][] = [
    ['cd, then a command that logs its directory', 'RUN cd d1\nRUN ok1\n'],
    ['cd to an absolute directory', 'RUN cd "$HOME"\nRUN ok1\n'],
    ['set -e, then a failure that is not the last command', 'RUN set -e\nRUN false; ok1\n', ERREXIT_REFUSAL],
    ['exit 0, then a command', 'RUN exit 0\nRUN ok1\n'],
    ['exit 3 stops the build', 'RUN exit 3\nRUN ok1\n'],
    ['|| lists on both sides', 'RUN ok1 || fail1\nRUN fail1 || ok2\n'],
    ['a failure before ; in the first RUN', 'RUN fail1; ok1\nRUN ok2\n'],
    ['a failure before ; in the last RUN', 'RUN ok1\nRUN fail1; ok2\n'],
    ['a failure before ; in the middle RUN', 'RUN ok1\nRUN fail1; ok2\nRUN ok3\n'],
    ['export, then a command that logs $FOO', 'RUN export FOO=1\nRUN ok1\n'],
    ['a bare assignment', 'RUN FOO=1\nRUN ok1\n'],
    ['an assignment prefix', 'RUN FOO=1 ok1\nRUN ok2\n'],
    ['unset', 'RUN unset FOO\nRUN ok1\n'],
    ['a trailing ; on the first RUN', 'RUN ok1;\nRUN ok2\n'],
    ['a trailing ; and blanks on every RUN', 'RUN ok1 ;  \nRUN ok2;\nRUN ok3 ; \n'],
    // the two sides of a pipe run at once: only one of them logs
    ['a pipe whose first command fails', 'RUN false | ok1\nRUN ok2\n'],
    ['a pipe whose last command fails', 'RUN true | fail1\nRUN ok2\n'],
    ['a negated failure', 'RUN ! fail1\nRUN ok1\n'],
    ['an if with else', 'RUN if fail1; then ok1; else ok2; fi\nRUN ok3\n'],
    ['a group with cd in the middle', 'RUN ok1\nRUN { cd d1; ok2; }\nRUN ok3\n'],
    ['a subshell with cd', 'RUN ( cd d1; ok1 )\nRUN ok2\n'],
    ['continuation lines', 'RUN ok1 && \\\n    cd d1 && \\\n    ok2\nRUN ok3\n'],
    ['a comment line between RUNs', 'RUN cd d1\n# then log\nRUN ok1\n'],
    ['a comment line inside a continuation', 'RUN ok1 && \\\n# inner\n    ok2\nRUN ok3\n'],
    ['a background job that is waited for', 'RUN mk b1 & wait\nRUN ok1\n'],
    ['a background job in the first RUN', 'RUN mk b1 &\nRUN ok1\n'],
    // found by the random sequences below
    ['set -e in a RUN that is not the last', 'RUN set -e; fail1; ok1\nRUN ok2\n', ERREXIT_REFUSAL],
    ['set -e inside a subshell of a RUN that is not the last', 'RUN ( set -e; fail1; ok1 )\nRUN ok2\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure in the first RUN', 'SHELL ["/bin/sh", "-ec"]\nRUN fail1; ok1\nRUN ok2\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure in a middle RUN', 'SHELL ["/bin/sh", "-ec"]\nRUN ok1\nRUN fail1; ok2\nRUN ok3\n', ERREXIT_REFUSAL],
    ['a shell with -e, and a failure inside an if', 'SHELL ["/bin/sh", "-ec"]\nRUN if ok1; then fail1; ok2; fi\nRUN ok3\n', ERREXIT_REFUSAL],
    ['an assignment before the special builtin :', 'RUN FOO=q :\nRUN ok1\n'],
    ['an assignment by ${BAR:=w} expansion', 'RUN : "${BAR:=w}"\nRUN ok1 "$BAR"\n'],
    ['an assignment by arithmetic expansion', 'RUN : $((BAR=5))\nRUN ok1 "$BAR"\n'],
    ['a background job in the last RUN', 'RUN ok1\nRUN mk b1 &\n'],
    ['an || list whose last command has a redirect', 'RUN fail1\nRUN ok1 || ok2 > o2\n'],
    // issue 13: the comment line between `RUN \` and the script was lost
    ['a comment line between the keyword and the script', 'RUN ok1\n\n# Install Go tools\nRUN \\\n    # --> Delve for debugging\n    ok2\n'],
    ['comment lines after blanks, \\ and blank lines inside continuations', 'RUN ok1 && \\ \n\n \t# one\n    ok2\nRUN \\\t\n\n    # two\n    ok3\n'],
    // issue 13: `\ ` continues onto the \v comment line, where the merge's ` && \` would have gone
    ['a RUN that continues onto a \\v comment line', 'RUN ok1 a\\ \n\n\v# comment\t\nRUN ok2\n', /ends with a continuation/],
    ['a backslash before a trailing ; in a file with escape=`', '# escape=`\nFROM busybox\nRUN ok1 a\\;\nRUN ok2\n', /backslash|escape/],
  ];
  for (const [name, runs, mayRefuse] of cases) {
    shTest(name, async () => {
      await expectSameBehaviour(runs.startsWith('#') ? runs : `FROM busybox\n${runs}`, mayRefuse);
    });
  }

  shTest('the harness sees what cd and export do (the cases above are not vacuous)', async () => {
    const cd = await expectMergedSame('FROM busybox\nRUN cd d1\nRUN ok1\n');
    expect(cd.outcome.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=\n`);
    const exported = await expectMergedSame('FROM busybox\nRUN export FOO=1\nRUN ok1 a\n');
    expect(exported.outcome.log).toBe(`ok1 ${sandbox.workdir} FOO=env0 BAR=unset args=a\n`);
    const stopped = await expectMergedSame('FROM busybox\nRUN ok1\nRUN fail1; ok2\nRUN fail2\nRUN ok3\n');
    expect(stopped.outcome).toMatchObject({ ok: false, log: expect.stringMatching(/^ok1 .*\nfail1 .*\nok2 .*\nfail2 .*\n$/) });
  });

  shTest('a LABEL between RUNs moves after the merged RUN', async () => {
    const merge = await expectMergedSame('FROM busybox\nRUN cd d1\nLABEL a=b\nRUN ok1\nEXPOSE 80\nRUN ok2\n');
    expect(merge.keywords).toEqual(['FROM', 'RUN', 'LABEL', 'EXPOSE']);
    expect(merge.text).toMatch(/\nLABEL a=b\nEXPOSE 80\n$/);
  });

  shTest('a file with escape=` continues lines with a backtick', async () => {
    const merge = await expectMergedSame("# escape=`\nFROM busybox\nRUN cd d1 && `\n    ok1\nRUN ok2 'a\\b'\nRUN ok3\n");
    expect(merge.text).toContain('&& `\n');
    expect(merge.text).not.toContain('&& \\\n');
    expect(merge.outcome.log).toContain('args=a\\b');
  });
});

// found by bench/fuzz.js: trimming the script's end with /[ \t;]+$/ backtracked over every blank (68 s)
test('a RUN with 112,000 blanks inside its script merges in linear time, blanks kept', async () => {
  const blanks = ' '.repeat(112_000);
  const outcome = await mergeAll(`FROM alpine\nRUN echo${blanks}x\nRUN echo y\n`);
  expect(outcome.ok && outcome.value.text).toBe(`FROM alpine\nRUN echo${blanks}x && \\\n    echo y\n`);
});
