import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nARG VERSION=1.2\nENV APP_HOME=/app\n',
    // BuildKit's doc page (secrets-used-in-arg-or-env.md), good: secret mounts with environment variables
    {
      name: 'BuildKit doc: secret mounts instead of ARG',
      code: dockerfile`
        FROM alpine
        RUN --mount=type=secret,id=aws_key_id,env=AWS_ACCESS_KEY_ID \
            --mount=type=secret,id=aws_secret_key,env=AWS_SECRET_ACCESS_KEY \
            aws s3 cp s3://my-bucket/file .
      `,
    },
    { name: "BuildKit's allowed words (public, file, version) and hadolint's list do not meet", code: 'FROM alpine\nARG PUBLIC_KEY\nENV AUTH_VERSION=2\nARG KEYBOARD=us\n' },
  ],
  invalid: [
    {
      // BuildKit's doc page (secrets-used-in-arg-or-env.md), bad: using ARG to pass AWS credentials
      name: 'BuildKit doc: ARG with AWS credentials',
      code: dockerfile`
        FROM alpine
        ARG AWS_ACCESS_KEY_ID
        ARG AWS_SECRET_ACCESS_KEY
        RUN aws s3 cp s3://my-bucket/file .
      `,
      findings: [
        { line: 2, column: 5, endColumn: 22, message: "ARG `AWS_ACCESS_KEY_ID`: the name looks like a secret, and ARG values stay in the image's build history; pass secrets with RUN --mount=type=secret instead" },
        { line: 3, column: 5, endColumn: 26, message: "ARG `AWS_SECRET_ACCESS_KEY`: the name looks like a secret, and ARG values stay in the image's build history; pass secrets with RUN --mount=type=secret instead" },
      ],
    },
    {
      name: 'ENV with keys found by both, one of them, or the other',
      code: 'FROM alpine\nENV DB_PASSWORD=x GPG_KEY=ABC my_private_dir=/p\n',
      findings: [
        { line: 2, column: 5, message: "ENV `DB_PASSWORD`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
        { line: 2, column: 31, message: "ENV `my_private_dir`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
        { line: 2, column: 19, message: "ENV `GPG_KEY`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
      ],
    },
    {
      name: 'inside ONBUILD (hadolint checks triggers too)',
      code: 'FROM alpine\nONBUILD ARG NPM_TOKEN\n',
      findings: [{ line: 2, column: 13, message: "ARG `NPM_TOKEN`: the name looks like a secret, and ARG values stay in the image's build history; pass secrets with RUN --mount=type=secret instead" }],
    },
  ],
} satisfies RuleFixtures;
