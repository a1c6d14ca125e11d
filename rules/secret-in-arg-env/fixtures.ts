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
    {
      name: 'public key material, places and the container user are no secrets',
      code: dockerfile`
        FROM alpine
        ENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D
        ARG SWIFT_SIGNING_KEY=8A7495662C3CD4AE18D95637FAF6989E1BC16FEA
        ENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY GHC_RELEASE_KEY=FFEB7CE81E16A36B3E2DED6F2DE04D4E97DB64AD
        ENV LLVM_KEY=6084F3CF814B57C1CF12EFD515CF4D18AF4F7421 OPENSSL_PGP_KEY_IDS="0xBA5473A2B0587B07FB27CF2D216094DFD0CB81EF"
        ENV KEY_DIR=/certs sa_password_path="C:\ProgramData\Docker\secrets\sa-password"
        ARG USERNAME=vscode
      `,
    },
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
      code: 'FROM alpine\nENV DB_PASSWORD=x SESSION_KEY=abc my_private_cert=/p\n',
      findings: [
        { line: 2, column: 5, message: "ENV `DB_PASSWORD`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
        { line: 2, column: 35, message: "ENV `my_private_cert`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
        { line: 2, column: 19, message: "ENV `SESSION_KEY`: the name looks like a secret, and ENV values stay in the image's config; pass secrets with RUN --mount=type=secret instead" },
      ],
    },
    {
      name: 'inside ONBUILD (hadolint checks triggers too)',
      code: 'FROM alpine\nONBUILD ARG NPM_TOKEN\n',
      findings: [{ line: 2, column: 13, message: "ARG `NPM_TOKEN`: the name looks like a secret, and ARG values stay in the image's build history; pass secrets with RUN --mount=type=secret instead" }],
    },
  ],
} satisfies RuleFixtures;
