import { type RuleFixtures } from '../harness';

// BuildKit's doc page (copy-ignored-file.md) uses this .dockerignore
const DOC_CONTEXT = { '.dockerignore': '*/tmp/*\n', 'tmp/helloworld.txt': 'hello\n', 'forever/helloworld.txt': 'hello\n' };

export default {
  valid: [
    // BuildKit's doc page, good: copying a file which is not excluded by .dockerignore
    { name: 'BuildKit doc: a file the ignore file does not exclude', context: DOC_CONTEXT, code: 'FROM scratch\nCOPY ./forever/helloworld.txt /helloworld.txt\n' },
    // the doc's bad example under the doc's own ignore file: `*/tmp/*` excludes tmp/ one level down only (a/tmp/x), as Docker reads it
    { name: "BuildKit doc: its `*/tmp/*` does not exclude ./tmp/helloworld.txt", context: DOC_CONTEXT, code: 'FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n' },
    { name: 'no build context read: nothing to check', code: 'FROM scratch\nCOPY secret.txt /\n' },
    { name: 'an excluded file a ! pattern brings back', context: { '.dockerignore': '*.txt\n!keep.txt\n', 'keep.txt': 'x' }, code: 'FROM scratch\nCOPY keep.txt /\n' },
    { name: 'COPY --from reads a stage, not the context', context: { '.dockerignore': 'out\n', out: 'x' }, code: 'FROM scratch AS build\nFROM scratch\nCOPY --from=build out /out\n' },
  ],
  invalid: [
    {
      // BuildKit's doc page: with `*/tmp/*` ignored, BuildKit reports `Attempting to Copy file "./tmp/Dockerfile" …`;
      // `*/tmp/*` matches `a/tmp/x` only (one directory level first), so the doc's `./tmp/helloworld.txt`
      // is sent, and an ignore file of `tmp/*` is what excludes it
      name: 'BuildKit doc: a file under an ignored directory',
      context: { '.dockerignore': 'tmp/*\n', 'tmp/helloworld.txt': 'hello\n' },
      code: 'FROM scratch\nCOPY ./tmp/helloworld.txt /helloworld.txt\n',
      findings: [{ line: 2, column: 6, endColumn: 26, message: 'COPY `./tmp/helloworld.txt`: .dockerignore excludes it from the build context, so the build fails here; copy another path, or stop ignoring it' }],
    },
    {
      name: 'ADD of two ignored sources, one finding',
      context: { '.dockerignore': '*.env\nsecrets\n', 'app.env': 'A=1', 'secrets/key': 'k', 'main.go': 'package main' },
      code: 'FROM scratch\nADD main.go app.env secrets /app/\n',
      findings: [{ line: 2, column: 13, message: 'ADD `app.env`, `secrets`: .dockerignore excludes them from the build context, so the build fails here; copy another path, or stop ignoring them' }],
    },
  ],
} satisfies RuleFixtures;
