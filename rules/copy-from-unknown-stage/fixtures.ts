import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    { name: 'by index and by name in any case', code: 'FROM scratch AS build\nFROM node:20\nCOPY --from=0 a .\nCOPY --from=BUILD b .\n' },
    { name: 'an image reference with a tag', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n' },
    { name: 'a variable', code: 'ARG SRC=build\nFROM alpine:3.20\nCOPY --from=$SRC /a /a\n' },
    { name: 'its own stage is another rule', code: 'FROM node:20 AS foo\nCOPY --from=foo bar .\n' },
  ],
  invalid: [
    {
      name: 'a name that is no stage',
      code: 'FROM alpine:3.20\nCOPY --from=foo bar .\n',
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 16, message: 'COPY --from=foo names no stage: unless the build passes --build-context foo=…, Docker pulls the image foo; name an earlier stage, or a tagged image (foo:<version>)' }],
    },
    {
      name: 'an image path without a tag',
      code: 'FROM alpine:3.20\nCOPY --from=gloursdocker/docker / /\n',
      findings: [{ line: 2, message: 'COPY --from=gloursdocker/docker pulls the image gloursdocker/docker with no tag (no stage has that name): pin a tag (gloursdocker/docker:<version>) or name an earlier stage' }],
    },
    {
      name: 'a stage defined later, and an index past the stages before',
      code: dockerfile`
        FROM scratch
        COPY --from=build foo .
        COPY --from=0 bar .
        FROM node:20 AS build
        COPY --from=2 baz .
      `,
      findings: [
        { line: 2, message: 'COPY --from=build names a stage defined further down: define it before this stage' },
        { line: 3, message: 'COPY --from=0 names the stage it is in: copy from an earlier stage' },
        { line: 5, message: 'COPY --from=2: there is no stage 2 before this one (stages count from 0)' },
      ],
    },
  ],
} satisfies RuleFixtures;
