import { parseDocument } from '../parse/document';
import type { Instruction } from '../parse/types';
import { stageEnvironments, type StepEnvironment } from './stage-env';

/** The environment before the first instruction whose text starts with `prefix`. */
async function environmentsOf(text: string): Promise<(prefix: string) => StepEnvironment> {
  const doc = await parseDocument(text);
  const environments = stageEnvironments(doc);
  const lines = doc.text.split('\n');
  return (prefix) => {
    const instruction = doc.instructions.find((i: Instruction) => lines[i.range.start.line].startsWith(prefix));
    if (!instruction) throw new Error(`no instruction starting with ${prefix}`);
    const environment = environments.get(instruction);
    if (!environment) throw new Error(`no environment for ${prefix}`);
    return environment;
  };
}

describe('stageEnvironments', () => {
  test('defaults: workdir /, root, /root', async () => {
    const before = await environmentsOf('FROM busybox\nRUN true\n');
    expect(before('RUN')).toEqual({ workdir: '/', env: new Map(), user: 'root', home: '/root' });
    expect(before('FROM')).toEqual(before('RUN'));
  });

  test('WORKDIR is absolute, relative ones join, variables expand', async () => {
    const before = await environmentsOf(
      'FROM busybox\nENV APP=/srv/app\nWORKDIR $APP\nWORKDIR src\nRUN a\nWORKDIR ${SUB:-lib}/../x\nRUN b\nWORKDIR /\nRUN c\n',
    );
    expect(before('WORKDIR $APP').workdir).toBe('/');
    expect(before('RUN a').workdir).toBe('/srv/app/src');
    // SUB is not known: the reference stays as written and the workdir is marked unresolved
    expect(before('RUN b')).toMatchObject({ workdir: '/srv/app/src/x', workdirUnresolved: true });
    expect(before('RUN c').workdir).toBe('/');
    expect(before('RUN c').workdirUnresolved).toBeUndefined();
  });

  test('an unknown variable in WORKDIR is kept as written', async () => {
    const before = await environmentsOf('FROM busybox\nWORKDIR $HOME_DIR/app\nRUN a\n');
    expect(before('RUN a')).toMatchObject({ workdir: '/$HOME_DIR/app', workdirUnresolved: true });
  });

  test('ENV: key=value pairs, quotes removed, legacy form, same-instruction values come from before', async () => {
    const before = await environmentsOf(
      'FROM busybox\nENV A="a b" B=x\\ y C=\'$A\'\nENV D dee "quoted" $A\nENV A=new E=$A\nRUN a\n',
    );
    const env = before('RUN a').env;
    expect(env.get('A')).toBe('new');
    expect(env.get('B')).toBe('x y');
    expect(env.get('C')).toBe('$A');
    expect(env.get('D')).toBe('dee quoted a b');
    expect(env.get('E')).toBe('a b');
  });

  test('an ENV value using an unknown variable is absent, and hides an earlier known value', async () => {
    const before = await environmentsOf('FROM busybox\nENV P=/bin\nENV P=$PATH:/opt/bin Q=${NOPE}x\nRUN a\n');
    expect(before('RUN a').env.has('P')).toBe(false);
    expect(before('RUN a').env.has('Q')).toBe(false);
  });

  test('${VAR:-default} and ${VAR:+alt} on known values', async () => {
    const before = await environmentsOf('FROM busybox\nENV E= F=f\nENV A=${E:-dflt} B=${E-dflt} C=${F:+alt} D=${E:+alt}\nRUN a\n');
    const env = before('RUN a').env;
    expect([env.get('A'), env.get('B'), env.get('C'), env.get('D')]).toEqual(['dflt', '', 'alt', '']);
  });

  test('global ARGs are visible only when re-declared in the stage', async () => {
    const before = await environmentsOf(
      'ARG V=1.2\nARG NODEF\nFROM busybox\nRUN a\nARG V\nARG NODEF\nARG L=local-$V\nRUN b\nFROM busybox\nRUN c\n',
    );
    expect(before('RUN a').env.has('V')).toBe(false);
    expect(before('RUN b').env.get('V')).toBe('1.2');
    expect(before('RUN b').env.get('L')).toBe('local-1.2');
    expect(before('RUN b').env.has('NODEF')).toBe(false);
    expect(before('RUN c').env.size).toBe(0);
  });

  test('a stage ARG default overrides the global one; ENV wins over ARG of the same name', async () => {
    const before = await environmentsOf('ARG V=1\nFROM busybox\nARG V=2\nRUN a\nENV V=env\nARG V=3\nRUN b\n');
    expect(before('RUN a').env.get('V')).toBe('2');
    expect(before('RUN b').env.get('V')).toBe('env');
  });

  test('USER and HOME', async () => {
    const before = await environmentsOf(
      'FROM busybox\nUSER app:app\nRUN a\nUSER 0\nRUN b\nUSER node\nENV HOME=/data\nRUN c\n',
    );
    expect(before('RUN a')).toMatchObject({ user: 'app:app', home: '/home/app' });
    expect(before('RUN b')).toMatchObject({ user: '0', home: '/root' });
    expect(before('RUN c')).toMatchObject({ user: 'node', home: '/data' });
  });

  test('FROM <stage> starts from the end of that stage, without its ARGs', async () => {
    const before = await environmentsOf(
      'FROM busybox AS base\nARG A=1\nENV E=e\nWORKDIR /w\nUSER app\nFROM base\nRUN a\nFROM busybox\nRUN b\n',
    );
    expect(before('RUN a')).toMatchObject({ workdir: '/w', user: 'app', home: '/home/app' });
    expect(before('RUN a').env).toEqual(new Map([['E', 'e']]));
    expect(before('RUN b')).toEqual({ workdir: '/', env: new Map(), user: 'root', home: '/root' });
  });

  test('a step sees the state before it, not after', async () => {
    const before = await environmentsOf('FROM busybox\nENV A=1\nENV A=2\n');
    expect(before('ENV A=1').env.has('A')).toBe(false);
    expect(before('ENV A=2').env.get('A')).toBe('1');
  });

  test('an escaped dollar is literal', async () => {
    const before = await environmentsOf('FROM busybox\nENV A=1 B=\\$A C="\\$A"\nRUN a\n');
    expect(before('RUN a').env.get('B')).toBe('$A');
    expect(before('RUN a').env.get('C')).toBe('$A');
  });
});
