import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    {
      name: 'every manager with versions, files, paths and requirement files',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get install -y --no-install-recommends -t bookworm-backports curl=7.88.1-10 ./local.deb \
         && apk add --no-cache --virtual .deps flex=2.6.4-r1 "libffi~3.2" mypkg-1.1.apk \
         && pip install -r requirements.txt . ./lib "flask>=3" git+https://github.com/a/b.git@v1#egg=b dist/x.whl \
         && pip install -c constraints.txt requests \
         && npm install express@4.1.1 @scope/pkg@1.2.3 ./folder pkg.tgz git+https://github.com/a/b.git#v1 \
         && npm ci \
         && gem install bundler:2.0.1 -- --use-system-libraries \
         && gem install rails -v 7.1.0 \
         && yum install -y gcc-c++-1.1.1 openssl-1:1.1.1k git-core-2.51.0-2.fc42 ./x.rpm \
         && dnf -y group install "Development Tools" && dnf module install -y nodejs:18 \
         && zypper install -y 'tomcat>=9.0' tomcat-9.0.39-1.rpm \
         && go install example.com/tool@v1.2.3 ./cmd/app && go run main.go
      `,
    },
    { name: 'apt --snapshot fixes every version', code: 'FROM ubuntu:24.04\nRUN apt install -y --snapshot 20260127T200000Z curl\n' },
    { name: 'a version from a visible ARG or ENV', code: 'FROM fedora:42\nARG version=2.51.0-2.fc42\nRUN dnf -y install git-core-${version}\n' },
    { name: 'a variable the Dockerfile cannot see the value of is not guessed', code: 'FROM alpine\nARG PACKAGES\nRUN apk add $PACKAGES $(cat list.txt)\n' },
    {
      name: 'go install inside a module takes versions from go.mod',
      code: 'FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go install github.com/a/tool && go run golang.org/x/tools/cmd/stringer\n',
    },
    { name: 'not installs', code: 'FROM alpine\nRUN apk del curl && pip download flask && npm run --crazy install && go get example.com/x@none\n' },
  ],
  invalid: [
    {
      name: 'one finding per command naming every unpinned package, ranged on the first',
      code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl=7.88 git wget\n',
      findings: [{ line: 2, column: 52, endColumn: 55, message: 'apt-get install without versions: git, wget; pin them as git=<version>' }],
    },
    {
      name: 'each manager says how it pins',
      code: dockerfile`
        FROM alpine:3.20
        RUN apk add --no-cache flex
        RUN pip3 install --root-user-action=ignore requests git+https://github.com/a/b.git#egg=b
        RUN npm install -g @scope/cli express@latest
        RUN gem i bundler:1 nokogiri
        RUN zypper in -y tomcat
        RUN go get -u golang.org/x/lint/golint && go install example.com/x@latest
      `,
      findings: [
        { line: 2, column: 24, message: 'apk add without a version: flex; pin it as flex=<version>' },
        { line: 3, column: 44, message: 'pip3 install without versions: requests, git+https://github.com/a/b.git#egg=b; pin them as requests==<version>' },
        { line: 4, column: 20, message: 'npm install without versions: @scope/cli, express@latest; pin them as @scope/cli@<version>' },
        { line: 5, column: 21, message: 'gem i without a version: nokogiri; pin it as nokogiri:<version>' },
        { line: 6, column: 18, message: 'zypper in without a version: tomcat; pin it as tomcat=<version>' },
        { line: 7, column: 15, message: 'go get without a version: golang.org/x/lint/golint; pin it as golang.org/x/lint/golint@<version>' },
        { line: 7, column: 54, message: 'go install without a version: example.com/x@latest; pin it as example.com/x@<version>' },
      ],
    },
    {
      name: 'rpm: a dash part that starts with a digit is a version; modules need a stream',
      code: 'FROM fedora:42\nRUN dnf install -y rpm-sign java-11-openjdk python3-3.12.1 && microdnf module install nodejs && yum install -y tomcat\n',
      findings: [
        { line: 2, column: 20, message: 'dnf install without versions: rpm-sign, java-11-openjdk; pin them as rpm-sign-<version>' },
        { line: 2, column: 87, message: 'microdnf module install without a version: nodejs; pin it as nodejs:<stream>' },
        { line: 2, column: 112, message: 'yum install without a version: tomcat; pin it as tomcat-<version>' },
      ],
    },
    {
      name: 'a variable with a known value is read: its packages and their origin are named',
      code: dockerfile`
        FROM debian:bookworm
        ENV BUILD_DEPS="gcc make" PG_MAJOR=16
        RUN apt-get install -y $BUILD_DEPS "postgresql-$PG_MAJOR" libpq-dev=15.6
      `,
      findings: [
        {
          line: 3,
          column: 24,
          message: 'apt-get install without versions: gcc, make (from $BUILD_DEPS), postgresql-16 (from "postgresql-$PG_MAJOR"); pin them as gcc=<version>',
        },
      ],
    },
    {
      name: 'an ENV of another stage is empty here, as Docker builds it',
      code: 'FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:42\nRUN dnf -y install git-core-${version}\n',
      findings: [{ line: 4, column: 20, message: 'dnf install without a version: git-core- (from git-core-${version}); pin it as git-core--<version>' }],
    },
    {
      name: 'brace expansion, pipx, uv pip and go meta-packages',
      code: dockerfile`
        FROM fedora:42
        RUN dnf install -y owncloud{,-httpd}-10.13.4 php{,-cli}
        RUN pipx install black && uv pip install --system ruff==0.6.0 httpx
        RUN go install tool example.com/gen
      `,
      findings: [
        { line: 2, column: 46, message: 'dnf install without versions: php, php-cli (from php{,-cli}); pin them as php-<version>' },
        { line: 3, column: 18, message: 'pipx install without a version: black; pin it as black==<version>' },
        { line: 3, column: 63, message: 'uv pip install without a version: httpx; pin it as httpx==<version>' },
        { line: 4, column: 21, message: 'go install without a version: example.com/gen; pin it as example.com/gen@<version>' },
      ],
    },
    {
      name: 'inside ONBUILD and through sudo',
      code: 'FROM debian:bookworm\nONBUILD RUN sudo apt-get install -y python3\n',
      findings: [{ line: 2, column: 37, message: 'apt-get install without a version: python3; pin it as python3=<version>' }],
    },
  ],
} satisfies RuleFixtures;
