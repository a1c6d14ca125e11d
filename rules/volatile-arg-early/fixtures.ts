import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    { name: 'used by the very next RUN', code: 'FROM alpine\nARG GIT_SHA\nRUN echo $GIT_SHA > /sha\n' },
    { name: 'used with a default modifier by the next RUN', code: 'FROM alpine\nARG VCS_REF\nRUN echo ${VCS_REF:-unknown} > /rev\n' },
    {
      name: 'only metadata between the ARG and its use',
      code: 'FROM alpine\nRUN apk add --no-cache curl\nARG BUILD_DATE\nEXPOSE 80\nLABEL org.opencontainers.image.created=$BUILD_DATE\n',
    },
    { name: 'a COPY between (ARGs do not key COPY), no RUN', code: 'FROM alpine\nARG VCS_REF\nCOPY . /app\nLABEL rev=${VCS_REF}\n' },
    { name: 'a global ARG alone is not in any stage', code: 'ARG BUILD_DATE\nFROM alpine\nRUN apk add --no-cache curl\n' },
    { name: 'a global ARG used by FROM only', code: 'ARG BASE_REF=3.20\nFROM alpine:$BASE_REF\nRUN apk add --no-cache curl\n' },
    { name: 'an ARG that does not change every build', code: 'FROM alpine\nARG VERSION=1.2\nRUN apk add --no-cache curl\nRUN echo $VERSION\n' },
    { name: 'the RUNs are in another stage', code: 'FROM alpine AS meta\nARG BUILD_DATE\nFROM alpine\nRUN make\n' },
    { name: 'unused and last in its stage', code: 'FROM alpine\nRUN make\nARG BUILD_DATE\n' },
    { name: 'a name that only looks volatile with the option unset', code: 'FROM alpine\nARG CI_PIPELINE_ID\nRUN make\n' },
    {
      name: 'a hash or a version as the default is pinned (OpenLiberty ci.docker)',
      code: dockerfile`
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        ARG LIBERTY_VERSION=25.0.0.12
        ARG FEATURES_SHA=bb556c5341fec434a9d7192975a1a085a4a7a6ed
        ARG GIT_REF=v1.4.0-rc1
        RUN microdnf -y install shadow-utils unzip
        RUN curl -o /tmp/features.zip $FEATURES_URL && echo "$FEATURES_SHA  /tmp/features.zip" | sha256sum -c && echo $GIT_REF
      `,
    },
    {
      name: 'a global ARG with a pinned default, declared again in the stage (linuxserver kasmvnc)',
      code: dockerfile`
        ARG KASMVNC_COMMIT="e04731870baebd2784983fb48197a2416c7d3519"
        FROM alpine:3.21 AS buildstage
        ARG KASMVNC_COMMIT
        RUN apk add --no-cache git
        RUN git clone https://github.com/kasmtech/KasmVNC.git src && cd src && git checkout -f ${'${KASMVNC_COMMIT}'}
      `,
    },
  ],
  invalid: [
    {
      name: 'defaults that stay volatile: a branch, latest, a date, a variable, empty',
      code: dockerfile`
        FROM alpine
        ARG SOURCE_REF=main
        ARG VCS_REF=latest
        ARG BUILD_DATE=2024-01-31T10:00:00Z
        ARG APP_SHA=$BASE_SHA
        ARG GIT_COMMIT=
        RUN apk add --no-cache curl
        LABEL a=$SOURCE_REF b=$VCS_REF c=$BUILD_DATE d=$APP_SHA e=$GIT_COMMIT
      `,
      findings: [
        { line: 2, message: 'ARG SOURCE_REF at line 2 changes every build but is first used at line 8: every RUN after it has it in its environment, so the step at line 7 loses its build cache every time; declare it just before its first use' },
        { line: 3, message: 'ARG VCS_REF at line 3 changes every build but is first used at line 8: every RUN after it has it in its environment, so the step at line 7 loses its build cache every time; declare it just before its first use' },
        { line: 4, message: 'ARG BUILD_DATE at line 4 changes every build but is first used at line 8: every RUN after it has it in its environment, so the step at line 7 loses its build cache every time; declare it just before its first use' },
        { line: 5, message: 'ARG APP_SHA at line 5 changes every build but is first used at line 8: every RUN after it has it in its environment, so the step at line 7 loses its build cache every time; declare it just before its first use' },
        { line: 6, message: 'ARG GIT_COMMIT at line 6 changes every build but is first used at line 8: every RUN after it has it in its environment, so the step at line 7 loses its build cache every time; declare it just before its first use' },
      ],
      output: dockerfile`
        FROM alpine
        RUN apk add --no-cache curl
        ARG SOURCE_REF=main
        ARG VCS_REF=latest
        ARG BUILD_DATE=2024-01-31T10:00:00Z
        ARG APP_SHA=$BASE_SHA
        ARG GIT_COMMIT=
        LABEL a=$SOURCE_REF b=$VCS_REF c=$BUILD_DATE d=$APP_SHA e=$GIT_COMMIT
      `,
    },
    {
      name: 'declared at the top, used by a LABEL at the end',
      code: dockerfile`
        FROM node:20
        ARG GIT_SHA
        RUN npm ci
        COPY . .
        RUN npm run build
        LABEL org.opencontainers.image.revision=$GIT_SHA
      `,
      findings: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          message:
            'ARG GIT_SHA at line 2 changes every build but is first used at line 6: every RUN after it has it in its ' +
            'environment, so 3 steps (lines 3, 4 and 5) lose their build cache every time; declare it just before its first use',
        },
      ],
      output: dockerfile`
        FROM node:20
        RUN npm ci
        COPY . .
        RUN npm run build
        ARG GIT_SHA
        LABEL org.opencontainers.image.revision=$GIT_SHA
      `,
    },
    {
      name: 'never used: moved to the end of its stage, before the next FROM',
      code: dockerfile`
        FROM golang:1.22 AS build
        ARG BUILD_DATE
        RUN go build -o /app .

        FROM alpine
        COPY --from=build /app /app
      `,
      findings: [
        {
          line: 2,
          column: 1,
          message:
            'ARG BUILD_DATE at line 2 changes every build but is never used in its stage: every RUN after it has it in its ' +
            'environment, so the step at line 3 loses its build cache every time; declare it at the end of the stage, or drop it',
        },
      ],
      output: dockerfile`
        FROM golang:1.22 AS build
        RUN go build -o /app .
        ARG BUILD_DATE

        FROM alpine
        COPY --from=build /app /app
      `,
    },
    {
      name: 'never used, in a file without a final newline',
      code: 'FROM alpine\nARG BUILD_DATE\nRUN make',
      findings: [{ line: 2, column: 1, endColumn: 15, message: 'ARG BUILD_DATE at line 2 changes every build but is never used in its stage: every RUN after it has it in its environment, so the step at line 3 loses its build cache every time; declare it at the end of the stage, or drop it' }],
      output: 'FROM alpine\nRUN make\nARG BUILD_DATE',
    },
    {
      name: 'a COPY before the first RUN keeps its cache; $GIT_SHA_SHORT is another variable',
      code: 'FROM alpine\nARG GIT_SHA\nCOPY . /src\nRUN echo $GIT_SHA_SHORT\nRUN echo "${GIT_SHA}" > /sha\n',
      findings: [{ line: 2, message: 'ARG GIT_SHA at line 2 changes every build but is first used at line 5: every RUN after it has it in its environment, so the step at line 4 loses its build cache every time; declare it just before its first use' }],
      output: 'FROM alpine\nCOPY . /src\nRUN echo $GIT_SHA_SHORT\nARG GIT_SHA\nRUN echo "${GIT_SHA}" > /sha\n',
    },
    {
      name: 'names match case-insensitively and by suffix; used in a heredoc',
      code: dockerfile`
        FROM alpine
        ARG release_date
        RUN apk add --no-cache make
        RUN <<EOF
        echo $release_date > /date
        EOF
      `,
      findings: [{ line: 2, message: 'ARG release_date at line 2 changes every build but is first used at line 4: every RUN after it has it in its environment, so the step at line 3 loses its build cache every time; declare it just before its first use' }],
      output: dockerfile`
        FROM alpine
        RUN apk add --no-cache make
        ARG release_date
        RUN <<EOF
        echo $release_date > /date
        EOF
      `,
    },
    {
      name: 'configured names',
      code: 'FROM alpine\nARG CI_PIPELINE_ID\nRUN make\nRUN echo $CI_PIPELINE_ID\n',
      options: { names: ['CI_PIPELINE_*'] },
      findings: [{ line: 2, message: 'ARG CI_PIPELINE_ID at line 2 changes every build but is first used at line 4: every RUN after it has it in its environment, so the step at line 3 loses its build cache every time; declare it just before its first use' }],
      output: 'FROM alpine\nRUN make\nARG CI_PIPELINE_ID\nRUN echo $CI_PIPELINE_ID\n',
    },
    {
      name: 'redeclared from a global ARG inside the stage',
      code: 'ARG VCS_REF\nFROM alpine\nARG VCS_REF\nRUN make\nLABEL rev=$VCS_REF\n',
      findings: [{ line: 3, message: 'ARG VCS_REF at line 3 changes every build but is first used at line 5: every RUN after it has it in its environment, so the step at line 4 loses its build cache every time; declare it just before its first use' }],
      output: 'ARG VCS_REF\nFROM alpine\nRUN make\nARG VCS_REF\nLABEL rev=$VCS_REF\n',
    },
    {
      name: 'two volatile ARGs on separate lines both move, keeping their order',
      code: dockerfile`
        FROM alpine
        ARG BUILD_DATE
        ARG VCS_REF
        RUN make
        LABEL created=$BUILD_DATE revision=$VCS_REF
      `,
      findings: [
        { line: 2, message: 'ARG BUILD_DATE at line 2 changes every build but is first used at line 5: every RUN after it has it in its environment, so the step at line 4 loses its build cache every time; declare it just before its first use' },
        { line: 3, message: 'ARG VCS_REF at line 3 changes every build but is first used at line 5: every RUN after it has it in its environment, so the step at line 4 loses its build cache every time; declare it just before its first use' },
      ],
      output: dockerfile`
        FROM alpine
        RUN make
        ARG BUILD_DATE
        ARG VCS_REF
        LABEL created=$BUILD_DATE revision=$VCS_REF
      `,
    },
    {
      name: 'an ARG line that declares other names too is reported without a fix',
      code: 'FROM alpine\nARG VERSION=1 GIT_COMMIT\nRUN make VERSION=$VERSION\nLABEL commit=$GIT_COMMIT\n',
      findings: [{ line: 2, message: 'ARG GIT_COMMIT at line 2 changes every build but is first used at line 4: every RUN after it has it in its environment, so the step at line 3 loses its build cache every time; declare it just before its first use', noFix: 'the ARG also declares VERSION, which would move with it' }],
    },
    {
      name: 'CRLF line endings stay CRLF',
      code: 'FROM alpine\r\nARG GIT_SHA\r\nRUN make\r\nRUN echo $GIT_SHA\r\n',
      findings: [{ line: 2, column: 1, endColumn: 12, message: 'ARG GIT_SHA at line 2 changes every build but is first used at line 4: every RUN after it has it in its environment, so the step at line 3 loses its build cache every time; declare it just before its first use' }],
      output: 'FROM alpine\r\nRUN make\r\nARG GIT_SHA\r\nRUN echo $GIT_SHA\r\n',
    },
  ],
} satisfies RuleFixtures;
