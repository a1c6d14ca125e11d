import { parseDocument } from '../parse/document';
import { instructionSummary } from './layers-report';
import { truncate } from './words';

async function firstAfterFrom(text: string) {
  return (await parseDocument(`FROM busybox\n${text}`)).stages[0].instructions[1];
}

describe('instructionSummary', () => {
  test('keeps the keyword and flags, collapses continuations, comments and runs of spaces to one line', async () => {
    const run = await firstAfterFrom('RUN --mount=type=cache,target=/var/cache/apt \\\n  apt-get update && \\\n  # why\n  apt-get install -y    curl\n');
    expect(instructionSummary(run)).toBe('RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl');
    expect(instructionSummary(await firstAfterFrom('COPY --from=build --link /out/app /app\n'))).toBe('COPY --from=build --link /out/app /app');
  });

  test('shows heredoc bodies after their marker', async () => {
    expect(instructionSummary(await firstAfterFrom('RUN <<EOF\nset -e\necho hi\nEOF\n'))).toBe('RUN <<EOF set -e echo hi');
  });

  test('cuts long instructions at 120 characters with an ellipsis', async () => {
    const long = instructionSummary(await firstAfterFrom(`RUN echo ${'x'.repeat(200)}\n`));
    expect(long).toHaveLength(120);
    expect(long).toMatch(/^RUN echo x+…$/);
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abcd', 4)).toBe('abcd');
  });
});
