import { type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM alpine:3.20\nCOPY / /\n',
    { name: 'a path from the stage, or the stage into a directory', code: 'FROM alpine:3.20\nCOPY --from=build /app /\nCOPY --from=build / /app\n' },
    {
      name: 'a stage built FROM scratch (an export stage), also through a variable',
      code: 'ARG MODE=supported\nFROM golang:1.22 AS build\nFROM scratch AS export-supported\nCOPY --from=build /out/app /app\nFROM export-${MODE} AS export\nFROM alpine:3.20\nCOPY --from=export-supported / /\nCOPY --from=export / /\n',
    },
  ],
  invalid: [
    {
      name: 'the whole stage',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build / /\n',
      findings: [{ line: 3, column: 19, endLine: 3, endColumn: 20, message: 'COPY --from=build / / copies the whole filesystem of the stage build, its base image golang:1.22 included, into a new layer: copy only the paths you need' }],
    },
    {
      name: 'quoted and exec form',
      code: 'FROM alpine:3.20\nCOPY --from=build "/" "/"\nFROM debian:12\nCOPY --from=0 ["/", "/"]\n',
      findings: [
        { line: 2, message: 'COPY --from=build / / copies the whole filesystem of the image build into a new layer: copy only the paths you need' },
        { line: 4, message: 'COPY --from=0 / / copies the whole filesystem of the stage 0, its base image alpine:3.20 included, into a new layer: copy only the paths you need' },
      ],
    },
  ],
} satisfies RuleFixtures;
