import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { TextEdit } from '../engine/rule';
import { parseDocument } from '../parse/document';
import { initShellParser } from '../parse/shell';
import { appendToRunEdit, directiveAbove, insertFlagEdit } from './append-to-run';
import { LineIndex } from '../parse/line-index';
import { applyOffsetEdits, toOffsetEdits } from './edits';
import { ok, type FixOutcome } from './outcome';

beforeAll(() => initShellParser());

function apply(text: string, edit: FixOutcome<TextEdit>): string {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  return applyOffsetEdits(text, toOffsetEdits(new LineIndex(text), [edit.value]));
}

async function appended(text: string, command: string, readsShellState = false): Promise<string> {
  const document = await parseDocument(text);
  const run = document.instructions.find((instruction) => instruction.keyword === 'RUN')!;
  return apply(text, appendToRunEdit(document, run, command, { readsShellState }));
}

async function refusal(text: string, command = 'rm -rf /x', readsShellState = false): Promise<string> {
  const document = await parseDocument(text);
  const run = document.instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const edit = appendToRunEdit(document, run, command, { readsShellState });
  if (edit.ok) throw new Error(`expected a refusal, got ${JSON.stringify(edit.value)}`);
  return edit.reason;
}

describe('appendToRunEdit', () => {
  test('appends on a continuation line, cutting a trailing `;` and blanks', async () => {
    expect(await appended('FROM a\nRUN apt-get update ;  \nCMD x\n', 'rm -rf /var/lib/apt/lists/*')).toBe(
      'FROM a\nRUN apt-get update && \\\n    rm -rf /var/lib/apt/lists/*\nCMD x\n',
    );
  });

  test('keeps the file’s continuation indent and escape character', async () => {
    const text = '# escape=`\nFROM a\nRUN a `\n  && b\n';
    expect(await appended(text, 'c')).toBe('# escape=`\nFROM a\nRUN a `\n  && b && `\n  c\n');
  });

  test('appends after the last line of a multi-line script, keeping the RUN flags', async () => {
    const text = 'FROM a\nRUN --network=none a \\\n    && b\n';
    expect(await appended(text, 'c')).toBe('FROM a\nRUN --network=none a \\\n    && b && \\\n    c\n');
  });

  test('groups an appended list that is not an && chain', async () => {
    expect(await appended('FROM a\nRUN a\n', 'b; c')).toBe('FROM a\nRUN a && \\\n    { b; c; }\n');
  });

  test.each([
    ['exec form', 'FROM a\nRUN ["a", "b"]\n', /shell-form/],
    ['a heredoc', 'FROM a\nRUN <<EOF\na\nEOF\n', /shell-form/],
    ['a # comment in the script', 'FROM a\nRUN a \\\n  # note\n  && b # trailing\n', /comment/],
    ['a script that does not parse', 'FROM a\nRUN a && (b\n', /does not parse/],
    ['a shell that is not POSIX', 'FROM a\nSHELL ["powershell", "-Command"]\nRUN a\n', /POSIX/],
    ['an exit in the script', 'FROM a\nRUN if a; then exit 0; fi; b\n', /exit/],
    ['a trap', "FROM a\nRUN trap 'rm -f /x' EXIT; b\n", /trap/],
    ['a background job', 'FROM a\nRUN a & b\n', /background/],
    // cutting the `;` of `find … \;` would change the command
    ['an escaped ; at the end', 'FROM a\nRUN find /tmp -name x -exec rm {} \\;\n', /backslash|escape/],
    ['an escaped ; at the end, escape=`', '# escape=`\nFROM a\nRUN find /tmp -name x -exec rm {} \\;\n', /backslash/],
  ])('refuses %s', async (_name, text, reason) => {
    expect(await refusal(text)).toMatch(reason);
  });

  test('a command that reads shell state is refused after cd, export or set, and allowed otherwise', async () => {
    expect(await refusal('FROM a\nRUN cd /src && make\n', 'chmod +x tool', true)).toMatch(/shell state/);
    expect(await refusal('FROM a\nRUN set -eux; make\n', 'rm -rf *.o', true)).toMatch(/shell state/);
    expect(await appended('FROM a\nRUN cd /src && make\n', 'rm -rf /var/lib/apt/lists/*')).toContain('make && \\\n');
    expect(await appended('FROM a\nRUN make || true\n', 'chmod +x tool', true)).toBe('FROM a\nRUN make || true && \\\n    chmod +x tool\n');
  });

  test('edits CRLF files at the same positions (the engine writes the line ending)', async () => {
    const text = 'FROM a\r\nRUN a;\r\nCMD b\r\n';
    const document = await parseDocument(text);
    const edit = appendToRunEdit(document, document.instructions[1], 'c');
    if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
    expect(applyOffsetEdits(text, toOffsetEdits(document.lines, [edit.value]), '\r\n')).toBe('FROM a\r\nRUN a && \\\r\n    c\r\nCMD b\r\n');
  });
});

// Does the appended command run exactly when the RUN used to succeed, keeping its status? The
// original runs the script, then (only if it succeeded, as a build would) the command in a fresh
// shell; the appended RUN runs once. Both must agree on success and on the files left.
const shTest = existsSync('/bin/sh') ? test : test.skip;

describe('appendToRunEdit keeps what the two steps did', () => {
  const scripts = [
    'touch a',
    'false || touch a',
    'touch a || touch b',
    'false; touch a',
    'touch a; false',
    'false && touch a; touch b',
    'if true; then touch a; fi',
    'if false; then touch a; else touch b; fi',
    'touch a && false || touch b',
    'set -e; touch a; true',
    '! false',
    'true | false',
  ];
  const commands = ['rm -rf a', 'chmod 600 a', 'touch c; rm -f b'];

  function outcome(dir: string, steps: string[]): { ok: boolean; files: string[] } {
    rmSync(dir, { recursive: true, force: true });
    for (const step of steps) {
      if (spawnSync('/bin/sh', ['-c', `mkdir -p '${dir}' && cd '${dir}' && ${step}`]).status !== 0) {
        return { ok: false, files: readdirSync(dir).sort() };
      }
    }
    return { ok: true, files: readdirSync(dir).sort() };
  }

  shTest.each(scripts.flatMap((script) => commands.map((command) => [script, command] as const)))('%s, then %s', async (script, command) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dflint-append-')), 'w');
    try {
      const text = `FROM a\nRUN ${script}\n`;
      const fixed = await appended(text, command);
      const merged = (await parseDocument(fixed)).instructions[1].scripts[0].text.replace(/\\\n/g, '');
      expect(outcome(dir, [merged])).toEqual(outcome(dir, [script, command]));
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});

describe('insertFlagEdit', () => {
  test('inserts the flag right after the word', async () => {
    const text = 'FROM a\nRUN pip install \\\n    flask\n';
    const document = await parseDocument(text);
    const [script] = document.shellScripts(document.instructions[1]);
    expect(apply(text, ok(insertFlagEdit(script.commands[0].argv[1], '--no-cache-dir')))).toBe('FROM a\nRUN pip install --no-cache-dir \\\n    flask\n');
  });
});

describe('directiveAbove', () => {
  test('finds a lint directive between the instruction before and this one', async () => {
    const document = await parseDocument('FROM a\n# dflint-ignore x\n\n# why\nRUN a\n# hadolint ignore=DL3059\nRUN b\nRUN c\n');
    const [, first, second, third] = document.instructions;
    expect(directiveAbove(document, first)).toMatch(/line 2/);
    expect(directiveAbove(document, second)).toMatch(/line 6/);
    expect(directiveAbove(document, third)).toBeUndefined();
  });
});
