import { dockerfile, type RuleFixtures } from '../harness';

const SHA = '3f2a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39';

export default {
  valid: [
    {
      name: 'ADD with a checksum',
      code: 'FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/\n',
    },
    { name: 'git clone then checkout of a commit', code: `FROM alpine/git\nRUN git clone https://github.com/acme/tool.git && cd tool && git checkout 3f2a1c9\n` },
    { name: 'git -C checkout of a full sha', code: `FROM alpine/git\nRUN git clone --depth 50 https://github.com/acme/tool.git /src \\\n && git -C /src checkout ${SHA}\n` },
    { name: 'git clone of a tag', code: 'FROM alpine/git\nRUN git clone --depth 1 --branch v1.4.2 https://github.com/acme/tool.git\n' },
    { name: 'git clone -b of a tag, = form', code: 'FROM alpine/git\nRUN git clone --branch=release-2.0.1 https://github.com/acme/tool.git\n' },
    { name: 'git clone of a ref from a build argument', code: 'FROM alpine/git\nARG TOOL_VERSION=v1.4.2\nRUN git clone -b "$TOOL_VERSION" https://github.com/acme/tool.git\n' },
    { name: 'git reset --hard to a commit', code: 'FROM alpine/git\nRUN git clone https://github.com/acme/tool.git /t && git -C /t reset --hard 3f2a1c9e\n' },
    { name: 'curl of a versioned URL', code: 'FROM alpine\nRUN curl -fsSLo /tmp/tool.tgz https://github.com/acme/tool/releases/download/v1.4.2/tool-linux-amd64.tgz\n' },
    { name: 'wget of a versioned URL with main.go in it', code: 'FROM alpine\nRUN wget -q https://raw.githubusercontent.com/acme/tool/v1.4.2/cmd/main.go\n' },
    { name: 'ADD of a git URL pinned to a commit', code: `FROM alpine\nADD https://github.com/acme/tool.git#${SHA} /src\n` },
    { name: 'ADD of a git URL pinned with BuildKit\'s ?checksum= query', code: `FROM alpine\nADD https://github.com/acme/tool.git?ref=v1.4.2&checksum=${SHA} /src\n` },
    { name: 'ADD of a local file', code: 'FROM alpine\nADD tool.tar.gz /opt/\n' },
    { name: 'a URL that is not fetched', code: 'FROM alpine\nRUN echo https://example.com/latest/x > /url\n' },
    {
      name: 'main as a folder, not a branch: Debian pool/main, Alpine v3.23/main, aports at a commit (Kong, busybox, wireguard)',
      code: dockerfile`
        FROM alpine
        RUN curl -fL -o kong.deb "https://packages.konghq.com/public/gateway-39/deb/ubuntu/pool/noble/main/k/ko/kong_3.9.1/kong_3.9.1_amd64.deb"
        RUN curl -fL -o getconf.c 'https://github.com/alpinelinux/aports/raw/48b16204aeeda5bc1f87e49c6b8e23d9abb07c73/main/musl/getconf.c'
        RUN curl -fL -o getent.c 'https://git.alpinelinux.org/aports/plain/main/musl/getent.c?id=48b16204aeeda5bc1f87e49c6b8e23d9abb07c73'
        RUN curl -s http://dl-cdn.alpinelinux.org/alpine/v3.23/main/x86_64/APKINDEX.tar.gz | tar -xz -C /tmp
        RUN wget -q https://raw.githubusercontent.com/acme/tool/v1.4.2/main/install.sh
      `,
    },
    {
      name: 'go install of a version or a commit',
      code: dockerfile`
        FROM golang:1.23
        RUN go install golang.org/x/tools/gopls@v0.16.2 github.com/acme/tool/cmd/tool@3f2a1c9e8b7d
        RUN go install -ldflags=-s github.com/acme/tool@v0.0.0-20240131101010-3f2a1c9e8b7d
        ARG LINT_VERSION=v1.59.1
        RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@$LINT_VERSION && go install ./cmd/...
      `,
    },
  ],
  invalid: [
    {
      name: 'git clone of the default branch; --depth 1 is not a pin',
      code: 'FROM alpine/git\nRUN git clone --depth 1 https://github.com/acme/tool.git /src\n',
      findings: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 62,
          message:
            'git clone https://github.com/acme/tool.git fetches the tip of the default branch, which moves: ' +
            "the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without " +
            'that cache gets something else; clone a tag (--branch v1.2.3) or check out a commit in the same RUN',
        },
      ],
    },
    {
      name: 'git clone of a branch; a checkout of another branch does not pin it',
      code: 'FROM alpine/git\nRUN git clone -b main https://github.com/acme/tool.git && cd tool && git checkout develop\n',
      findings: [{ line: 2, column: 5, message: "git clone https://github.com/acme/tool.git fetches the tip of branch main, which moves: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; clone a tag (--branch v1.2.3) or check out a commit in the same RUN" }],
    },
    {
      name: 'a checkout pins only the clone before it',
      code: dockerfile`
        FROM alpine/git
        RUN git clone https://github.com/acme/a.git && git -C a checkout 3f2a1c9 \
         && git clone https://github.com/acme/b.git
      `,
      findings: [{ line: 3, column: 5, message: "git clone https://github.com/acme/b.git fetches the tip of the default branch, which moves: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; clone a tag (--branch v1.2.3) or check out a commit in the same RUN" }],
    },
    {
      name: 'checkout of the newest tag by command substitution pins nothing',
      code: 'FROM alpine/git\nRUN git clone https://github.com/acme/tool.git && cd tool && git checkout "$(git describe --tags --abbrev=0)"\n',
      findings: [{ line: 2, column: 5, message: "git clone https://github.com/acme/tool.git fetches the tip of the default branch, which moves: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; clone a tag (--branch v1.2.3) or check out a commit in the same RUN" }],
    },
    {
      name: 'curl and wget of latest and branch URLs',
      code: dockerfile`
        FROM alpine
        RUN curl -fsSL https://github.com/acme/tool/releases/latest/download/tool-linux-amd64 -o /usr/local/bin/tool
        RUN wget -qO- https://raw.githubusercontent.com/acme/tool/master/install.sh | sh
        RUN wget https://wordpress.org/latest.tar.gz
        RUN curl -L https://github.com/acme/tool/archive/main.zip -o /tmp/src.zip
      `,
      findings: [
        {
          line: 2,
          column: 16,
          endColumn: 86,
          message:
            'curl fetches https://github.com/acme/tool/releases/latest/download/tool-linux-amd64, whose content moves (`latest`): ' +
            "the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without " +
            'that cache gets something else; use a versioned URL',
        },
        { line: 3, column: 15, message: "wget fetches https://raw.githubusercontent.com/acme/tool/master/install.sh, whose content moves (`master`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
        { line: 4, column: 10, message: "wget fetches https://wordpress.org/latest.tar.gz, whose content moves (`latest`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
        { line: 5, column: 13, message: "curl fetches https://github.com/acme/tool/archive/main.zip, whose content moves (`main`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
      ],
    },
    {
      name: 'main as a branch where a code host puts the ref',
      code: dockerfile`
        FROM alpine
        RUN wget -q https://raw.githubusercontent.com/acme/tool/main/install.sh
        RUN curl -fsSLO https://github.com/acme/tool/raw/main/tool.sh
        RUN curl -fsSLO https://github.com/acme/tool/archive/refs/heads/main.tar.gz
      `,
      findings: [
        { line: 2, message: "wget fetches https://raw.githubusercontent.com/acme/tool/main/install.sh, whose content moves (`main`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
        { line: 3, message: "curl fetches https://github.com/acme/tool/raw/main/tool.sh, whose content moves (`main`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
        { line: 4, message: "curl fetches https://github.com/acme/tool/archive/refs/heads/main.tar.gz, whose content moves (`main`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" },
      ],
    },
    {
      name: 'go install of @latest, a branch or a version prefix',
      code: dockerfile`
        FROM golang:1.23
        RUN go install golang.org/x/tools/gopls@latest
        RUN go install -v github.com/acme/tool/cmd/tool@master github.com/acme/other@v1.2
      `,
      findings: [
        { line: 2, column: 16, message: "go install golang.org/x/tools/gopls@latest fetches whatever version `@latest` resolves to when the RUN runs: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; pin a version (@v1.2.3) or a commit" },
        { line: 3, column: 19, message: "go install github.com/acme/tool/cmd/tool@master fetches whatever version `@master` resolves to when the RUN runs: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; pin a version (@v1.2.3) or a commit" },
        { line: 3, message: "go install github.com/acme/other@v1.2 fetches whatever version `@v1.2` resolves to when the RUN runs: the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; pin a version (@v1.2.3) or a commit" },
      ],
    },
    {
      name: 'a quoted URL built from a variable still has a moving path',
      code: 'FROM alpine\nARG ARCH=amd64\nRUN curl -fsSLO "https://example.com/HEAD/tool-${ARCH}"\n',
      findings: [{ line: 3, column: 17, message: "curl fetches https://example.com/HEAD/tool-${ARCH}, whose content moves (`HEAD`): the RUN's cache key is its text, so the cached layer keeps whatever was fetched first, and a build without that cache gets something else; use a versioned URL" }],
    },
    {
      name: 'ADD of a URL without --checksum',
      code: 'FROM alpine\nADD https://example.com/tool-1.2.3.tar.gz /tmp/\n',
      findings: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 42,
          message:
            'ADD fetches https://example.com/tool-1.2.3.tar.gz without --checksum: the build asks the server again every ' +
            'time to decide whether the cached layer still holds, and takes whatever it sends unverified; add --checksum=sha256:<digest>',
        },
      ],
    },
    {
      name: 'ADD of a latest URL says so; other flags do not pin',
      code: 'FROM alpine\nADD --chmod=755 https://example.com/latest/tool /usr/local/bin/tool\n',
      findings: [{ line: 2, column: 17, message: 'ADD fetches https://example.com/latest/tool without --checksum (a URL whose content moves: `latest`): the build asks the server again every time to decide whether the cached layer still holds, and takes whatever it sends unverified; add --checksum=sha256:<digest>' }],
    },
    {
      name: 'ADD of git URLs: no ref, a branch, a tag',
      code: dockerfile`
        FROM alpine
        ADD https://github.com/acme/tool.git /src/a
        ADD git@github.com:acme/tool.git#main /src/b
        ADD https://github.com/acme/tool.git#v1.4.2:docs /src/c
        ADD https://github.com/go-delve/delve.git?ref=${'${DELVE_VERSION}'}&keep-git-dir=1 /src/d
      `,
      findings: [
        {
          line: 2,
          column: 5,
          message:
            'ADD fetches the git repository https://github.com/acme/tool.git at its default branch: every build resolves it again ' +
            'and takes whatever commit it points to then; pin a commit with #<40-hex sha>',
        },
        { line: 3, column: 5, message: 'ADD fetches the git repository git@github.com:acme/tool.git#main at ref main, which is not a commit: every build resolves it again and takes whatever commit it points to then; pin a commit with #<40-hex sha>' },
        { line: 4, column: 5, message: 'ADD fetches the git repository https://github.com/acme/tool.git#v1.4.2:docs at ref v1.4.2, which is not a commit: every build resolves it again and takes whatever commit it points to then; pin a commit with #<40-hex sha>' },
        { line: 5, column: 5, message: 'ADD fetches the git repository https://github.com/go-delve/delve.git?ref=${DELVE_VERSION}&keep-git-dir=1 at ref ${DELVE_VERSION}, which is not a commit: every build resolves it again and takes whatever commit it points to then; pin a commit with #<40-hex sha>' },
      ],
    },
  ],
} satisfies RuleFixtures;
