import { type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine:3.20\nCOPY / /\n',
    { name: 'a path from the stage, or the stage into a directory', code: 'FROM alpine:3.20\nCOPY --from=build /app /\nCOPY --from=build / /app\n' },
  ],
  invalid: [
    {
      name: 'the whole stage',
      code: 'FROM alpine:3.20\nCOPY --from=build / /\n',
      findings: [{ line: 2, column: 19, endLine: 2, endColumn: 20, message: 'COPY --from=build / / copies the whole filesystem of build, its base image included, into a new layer: copy only the paths you need' }],
    },
    {
      name: 'quoted and exec form',
      code: 'FROM alpine:3.20\nCOPY --from=build "/" "/"\nCOPY --from=0 ["/", "/"]\n',
      findings: [
        { line: 2, message: 'COPY --from=build / / copies the whole filesystem of build, its base image included, into a new layer: copy only the paths you need' },
        { line: 3, message: 'COPY --from=0 / / copies the whole filesystem of 0, its base image included, into a new layer: copy only the paths you need' },
      ],
    },
  ],
} satisfies RuleFixtures;
