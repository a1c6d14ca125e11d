import { ignoreNextComment, isLintDirectiveLine, readLintDirective } from './lint-directive';

describe('readLintDirective', () => {
  test.each([
    ['dflint-ignore', { tool: 'dflint', scope: 'next', names: [] }],
    ['dflint-ignore a, b c', { tool: 'dflint', scope: 'next', names: ['a', 'b', 'c'] }],
    ['dflint-ignore-file a,b', { tool: 'dflint', scope: 'file', names: ['a', 'b'] }],
    ['hadolint ignore=DL3008,DL3009', { tool: 'hadolint', scope: 'next', names: ['DL3008', 'DL3009'] }],
    ['hadolint global ignore = DL3059', { tool: 'hadolint', scope: 'file', names: ['DL3059'] }],
    ['hadolint stage ignore=DL3011, DL3002', { tool: 'hadolint', scope: 'stage', names: ['DL3011', 'DL3002'] }],
    ['hadolint ignore=DL3002 # foobar', { tool: 'hadolint', scope: 'next', names: ['DL3002'] }],
  ])('%s', (text, expected) => {
    expect(readLintDirective(text)).toEqual(expected);
  });

  test.each(['dflint-ignored a', 'hadolint ignore DL3008', 'note: dflint-ignore a', 'syntax=docker/dockerfile:1'])('not a directive: %s', (text) => {
    expect(readLintDirective(text)).toBeUndefined();
  });
});

describe('isLintDirectiveLine', () => {
  test('a document line holding a directive comment, blanks around it allowed', () => {
    expect(isLintDirectiveLine('  # dflint-ignore consecutive-run ')).toBe(true);
    expect(isLintDirectiveLine('#hadolint ignore=DL3008')).toBe(true);
    expect(isLintDirectiveLine('# why: legacy')).toBe(false);
    expect(isLintDirectiveLine('RUN echo # dflint-ignore')).toBe(false);
  });
});

describe('ignoreNextComment', () => {
  test('writes a directive that reads back as the same rules', () => {
    const comment = ignoreNextComment(['consecutive-run', 'package-cache']);
    expect(comment).toBe('# dflint-ignore consecutive-run,package-cache');
    expect(readLintDirective(comment.slice(1).trim())).toEqual({ tool: 'dflint', scope: 'next', names: ['consecutive-run', 'package-cache'] });
  });
});
