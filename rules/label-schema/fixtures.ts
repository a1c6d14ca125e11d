import { dockerfile, type RuleFixtures } from '../harness';

const schema = { labels: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.version': 'semver', maintainer: 'email' } };

export default {
  valid: [
    { name: 'no schema: nothing is checked', code: 'FROM alpine\nLABEL maintainer=not-an-email\n' },
    {
      name: 'every required label set, each of its type',
      code: 'FROM alpine\nLABEL org.opencontainers.image.source=https://github.com/o/r org.opencontainers.image.version=1.2.3 maintainer=ops@example.com\n',
      options: schema,
    },
    {
      name: "RFC 5322's mailbox form of an address",
      code: 'FROM alpine\nLABEL org.opencontainers.image.source=https://x.org org.opencontainers.image.version=1.0.0-rc.1+b7 maintainer="Jane Doe <jane@example.com>"\n',
      options: schema,
    },
    {
      name: 'a stage only mounted from is let off',
      code: 'FROM alpine AS tools\nFROM alpine\nRUN --mount=from=tools,target=/t /t/run\nLABEL version=1.0.0\n',
      options: { labels: { version: 'semver' } },
    },
    {
      name: 'a value with a variable is only known at build time',
      code: 'FROM alpine\nARG V\nLABEL org.opencontainers.image.source=https://x.org org.opencontainers.image.version=$V maintainer=ops@example.com\n',
      options: schema,
    },
    {
      name: 'a stage inherits labels from its base stage; a stage only copied from is let off',
      code: 'FROM alpine AS base\nLABEL version=1.0.0\nFROM base\nFROM alpine AS build\nFROM base\nCOPY --from=build /a /a\n',
      options: { labels: { version: 'semver' } },
    },
  ],
  invalid: [
    {
      name: 'a stage without a required label, named at its FROM',
      code: dockerfile`
        FROM alpine AS build
        RUN make
        FROM alpine
        LABEL version=1.0.0
      `,
      options: { labels: { version: 'semver', license: 'spdx' } },
      findings: [
        { line: 1, column: 1, endColumn: 5, severity: 'info', message: "labels 'license', 'version' are missing from this stage: the label schema requires them; set them with LABEL" },
        { line: 3, column: 1, severity: 'info', message: "label 'license' is missing from this stage: the label schema requires it; set it with LABEL" },
      ],
    },
    {
      name: 'values of the wrong type, one finding per LABEL and code',
      code: 'FROM alpine\nLABEL org.opencontainers.image.source=github.com/o/r org.opencontainers.image.version=v1.2 maintainer="Jane jane@example.com"\n',
      options: schema,
      findings: [
        {
          line: 2,
          column: 7,
          endColumn: 53,
          severity: 'warning',
          message: "label 'org.opencontainers.image.source' = 'github.com/o/r' is not a URL (scheme:…): fix the value or the label's type in the schema",
        },
        { line: 2, column: 54, message: "label 'org.opencontainers.image.version' = 'v1.2' is not a semantic version (1.2.3): fix the value or the label's type in the schema" },
        { line: 2, column: 92, message: "label 'maintainer' = 'Jane jane@example.com' is not an RFC 5322 email address (name@example.com or Name <name@example.com>): fix the value or the label's type in the schema" },
      ],
    },
    {
      name: 'time, license and hash formats; an empty value is only reported as empty',
      code: 'FROM alpine\nLABEL created=yesterday licenses=GPL revision=ABC1234 title=""\n',
      options: { labels: { created: 'rfc3339', licenses: 'spdx', revision: 'hash', title: 'text' } },
      findings: [
        { line: 2, column: 7, message: "label 'created' = 'yesterday' is not an RFC 3339 time (2024-05-01T12:00:00Z): fix the value or the label's type in the schema" },
        { line: 2, column: 25, message: "label 'licenses' = 'GPL' is not an SPDX license id (MIT, Apache-2.0): fix the value or the label's type in the schema" },
        { line: 2, column: 38, message: "label 'revision' = 'ABC1234' is not a git hash (7 or 40 lower-case hex digits): fix the value or the label's type in the schema" },
        { line: 2, column: 55, endColumn: 63, message: "label 'title' is empty: give it a value" },
      ],
    },
    {
      name: 'strict: labels outside the schema, ONBUILD LABEL included',
      code: 'FROM alpine\nLABEL version=1.0.0 team=core\nONBUILD LABEL extra=1\n',
      options: { labels: { version: 'semver' }, strict: true },
      findings: [
        { line: 2, column: 21, endColumn: 25, severity: 'info', message: "label 'team' is not in the label schema (strict labels): remove it or add it to the schema" },
        { line: 3, column: 15, severity: 'info', message: "label 'extra' is not in the label schema (strict labels): remove it or add it to the schema" },
      ],
    },
  ],
} satisfies RuleFixtures;
