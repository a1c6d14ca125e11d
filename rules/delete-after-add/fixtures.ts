import { aptInvalid, aptValid } from './fixtures-apt';
import { SEED_CHMOD_LAYERS, dockerfile, type RuleFixtures } from '../harness';

const MiB = 1024 * 1024;

export default {
  valid: [
    ...aptValid,
    {
      name: 'written and deleted in the same RUN: nothing is stored',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/tmp/x bs=1024 count=1024 && rm /tmp/x\n',
    },
    {
      name: 'written under a cache mount, deleted later',
      code: dockerfile`
        FROM busybox
        RUN --mount=type=cache,target=/cache dd if=/dev/zero of=/cache/x bs=1024 count=1024
        RUN rm -f /cache/x
      `,
    },
    {
      name: 'written under a tmpfs mount, deleted later',
      code: dockerfile`
        FROM busybox
        RUN --mount=type=tmpfs,target=/scratch dd if=/dev/zero of=/scratch/x bs=1024 count=1024
        RUN rm -f /scratch/x
      `,
    },
    { name: 'an empty file deleted later wastes nothing', code: 'FROM busybox\nRUN touch /x\nRUN rm /x\n' },
    {
      name: 'a second COPY into a directory of unknown content replaces nothing known',
      code: 'FROM busybox\nCOPY . /app\nCOPY extra /app/\n',
    },
    {
      name: 'a second extract into a directory adds to it',
      code: 'FROM busybox\nRUN tar -xf /a.tar -C /opt/app\nRUN tar -xf /b.tar -C /opt/app\n',
    },
    { name: 'deleting base-image files (their size is unknown to dflint)', code: 'FROM debian:bookworm\nRUN rm -rf /usr/share/doc\n' },
    {
      name: 'a build stage only used by COPY --from ships none of its layers',
      code: dockerfile`
        FROM busybox AS build
        RUN dd if=/dev/zero of=/x bs=1024 count=1024
        RUN rm /x
        FROM busybox
        COPY --from=build /etc/passwd /passwd
      `,
    },
    {
      name: 'package lists deleted by a later RUN are package-cache findings',
      code: 'FROM debian:bookworm\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'an extracted archive deleted later is an archive-copy-extract finding',
      code: 'FROM busybox\nCOPY big.tar /tmp/\nRUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar\n',
      context: { 'big.tar': 3 * MiB },
    },
    {
      name: 'manifest first, install, then COPY . . over the same manifest bytes (the order cache-bust-order asks for)',
      code: 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY --chmod=755 . .\n',
      context: { 'package.json': 700, 'package-lock.json': 64 * 1024, 'server.js': 300 },
    },
    { name: 'ADD unpacks a local archive: no file of that name is there to delete', code: 'FROM busybox\nADD app.tar.gz /opt/\nRUN rm -f /opt/app.tar.gz\n' },
    // issue 14 item 10: shapes of corpus false positives
    {
      name: 'a glob that matches no known file leaves its directory alone (useradd --create-home, then rm of *.tgz)',
      code: 'FROM eclipse-temurin:21-jdk\nRUN useradd --system --create-home gradle\nRUN rm -rf /home/gradle/*.tgz\n',
    },
    {
      name: 'rm -rf *.tar.gz* in / deletes no tree elsewhere (influxdata: /etc/ssl/certs)',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates && update-ca-certificates\nRUN wget -q https://example.com/t.tar.gz && tar -C / -xzf t.tar.gz && rm -rf *.tar.gz*\n',
    },
    {
      name: 'mv graalvm-* $JAVA_HOME moves what the archive held, not the home directory (docker-gradle graal)',
      code: dockerfile`
        FROM ubuntu:jammy
        RUN useradd --system --create-home gradle
        WORKDIR /home/gradle
        ENV JAVA_HOME=/opt/java/graalvm
        RUN mkdir /opt/java && wget -O graalvm.tar.gz https://example.com/graalvm.tar.gz && tar --extract --gunzip --file graalvm.tar.gz && rm graalvm.tar.gz && mv graalvm-* "$JAVA_HOME"
      `,
    },
    {
      name: 'COPY --from=<image> $JAVA_HOME $JAVA_HOME lands in $JAVA_HOME, which a later rm of *.tgz* in / leaves alone (cassandra)',
      code: 'FROM debian:bookworm-slim\nENV JAVA_HOME=/opt/java/openjdk\nCOPY --from=eclipse-temurin:11-jre $JAVA_HOME $JAVA_HOME\nRUN wget -O c.tgz https://example.com/c.tgz && tar -xf c.tgz -C /opt && rm c.tgz*\n',
    },
  ],
  invalid: [
    ...aptInvalid,
    {
      name: 'a file deleted by the next RUN',
      code: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/tmp/big bs=1024 count=3072
        RUN rm /tmp/big
      `,
      findings: [
        {
          line: 3,
          column: 5,
          message: '/tmp/big (3.0 MiB) added at line 2 is deleted at line 3: 3.0 MiB wasted',
          severity: 'warning',
          wastedBytes: { value: 3 * MiB, estimate: 'exact' },
        },
      ],
      output: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/tmp/big bs=1024 count=3072 && \
            rm /tmp/big
      `,
    },
    {
      name: 'seed-chmod-layers: the last copy-up of /data/one is deleted (the copy-ups are chmod-after-copy findings)',
      code: SEED_CHMOD_LAYERS,
      findings: [
        {
          line: 7,
          message: '/data/one (1.0 MiB) copied up by chmod at line 6 is deleted at line 7: 1.0 MiB wasted',
          wastedBytes: { value: MiB, estimate: 'exact' },
        },
      ],
      // the rm only deletes what the chmod RUN just before stored: it moves there
      output: dockerfile`
        FROM busybox
        RUN mkdir /data
        RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one
        RUN chmod -R 0777 /data
        RUN dd if=/dev/zero bs=1024 count=1024 of=/data/two
        RUN chmod -R 0777 /data && \
            rm /data/one
        CMD ls -alh /data
      `,
    },
    {
      name: 'copy-up-edge-cases: rm -rf of a directory, and mv of a copied-up file',
      code: dockerfile`
        FROM busybox
        RUN mkdir -p /data /keep && dd if=/dev/urandom of=/data/x bs=1024 count=512 && dd if=/dev/urandom of=/keep/a bs=1024 count=512 && dd if=/dev/urandom of=/keep/b bs=1024 count=512 && chmod 644 /keep/b
        RUN rm -rf /data && mkdir /data
        RUN touch /keep/a
        RUN chmod 644 /keep/b
        RUN echo more >> /keep/b
        RUN mv /keep/a /keep/a2
      `,
      findings: [
        { line: 3, column: 5, message: '/data/x (512.0 KiB) added at line 2 is deleted at line 3: 512.0 KiB wasted', noFix: 'line 3: `mkdir` is not a command to move' },
        { line: 7, column: 5, message: '/keep/a (512.0 KiB) copied up by touch at line 4 is moved away at line 7: 512.0 KiB wasted', noFix: 'only an rm is moved into the RUN that stores the files; this mv is not' },
      ],
      // line 3 also runs mkdir, and a move is no delete: no fix
    },
    {
      name: 'several files hidden by one command make one finding, largest first',
      code: dockerfile`
        FROM busybox
        RUN mkdir /d && dd if=/dev/zero of=/d/a bs=1024 count=1024 && dd if=/dev/zero of=/d/b bs=1024 count=2048 && dd if=/dev/zero of=/d/c bs=1024 count=512 && dd if=/dev/zero of=/d/e bs=1024 count=1
        RUN rm -rf /d
      `,
      findings: [
        {
          line: 3,
          message:
            '/d/b (2.0 MiB, line 2), /d/a (1.0 MiB, line 2), /d/c (512.0 KiB, line 2) and 1 more are deleted at line 3: 3.5 MiB wasted',
          wastedBytes: { value: 3585 * 1024, estimate: 'exact' },
        },
      ],
      output: dockerfile`
        FROM busybox
        RUN mkdir /d && dd if=/dev/zero of=/d/a bs=1024 count=1024 && dd if=/dev/zero of=/d/b bs=1024 count=2048 && dd if=/dev/zero of=/d/c bs=1024 count=512 && dd if=/dev/zero of=/d/e bs=1024 count=1 && \
            rm -rf /d
      `,
    },
    {
      name: 'overwritten by a later RUN',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/x bs=1024 count=1024\nRUN dd if=/dev/zero of=/x bs=1024 count=1\n',
      findings: [{ line: 3, message: '/x (1.0 MiB) added at line 2 is overwritten at line 3: 1.0 MiB wasted', noFix: 'only an rm is moved into the RUN that stores the files; this overwrite is not' }],
    },
    {
      name: 'moved by a later RUN',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/a bs=1024 count=1024\nRUN mv /a /b\n',
      findings: [{ line: 3, message: '/a (1.0 MiB) added at line 2 is moved away at line 3: 1.0 MiB wasted', noFix: 'only an rm is moved into the RUN that stores the files; this mv is not' }],
    },
    {
      name: 'a COPY deleted by a later RUN, sized from the build context',
      code: 'FROM busybox\nCOPY app.log /tmp/app.log\nRUN rm /tmp/app.log\n',
      context: { 'app.log': 2048 },
      findings: [
        {
          line: 3,
          column: 5,
          message: '/tmp/app.log (2.0 KiB) added at line 2 is deleted at line 3: 2.0 KiB wasted',
          wastedBytes: { value: 2048, estimate: 'exact' },
        },
      ],
      // no safe fix: a RUN --mount=type=bind instead of the COPY is the manual one
    },
    {
      name: 'COPY --from=<stage> $JAVA_HOME $JAVA_HOME expands ENV: the JDK lands in /opt/java',
      code: dockerfile`
        FROM busybox AS jdk
        ENV JAVA_HOME=/opt/java
        RUN mkdir -p $JAVA_HOME && dd if=/dev/zero of=$JAVA_HOME/src.zip bs=1024 count=1024
        FROM busybox
        ENV JAVA_HOME=/opt/java
        COPY --from=jdk $JAVA_HOME $JAVA_HOME
        RUN rm /opt/java/src.zip
      `,
      findings: [{ line: 7, message: '/opt/java/src.zip (1.0 MiB) added at line 6 is deleted at line 7: 1.0 MiB wasted', noFix: 'the files were not all stored by one RUN' }],
    },
    {
      name: 'a glob that names all of an unknown tree deletes it',
      code: 'FROM busybox\nRUN git clone https://example.com/r.git /src\nRUN rm -rf /src/*\n',
      findings: [{ line: 3, message: '/src (size unknown) added at line 2 is deleted at line 3: an unknown amount wasted' }],
    },
    {
      name: 'another context file copied over a copied one: different bytes, reported',
      code: 'FROM busybox\nCOPY app.conf /etc/app.conf\nCOPY prod.conf /etc/app.conf\n',
      context: { 'app.conf': 4096, 'prod.conf': 100 },
      findings: [{ line: 3, message: '/etc/app.conf (4.0 KiB) added at line 2 is overwritten at line 3: 4.0 KiB wasted' }],
    },
    {
      name: 'without a build context, files ADD names by a pattern land under their names: a later rm of them is seen (oracle instantclient)',
      code: 'FROM oraclelinux:7-slim\nADD oracle-instantclient*.rpm /tmp/\nRUN yum -y install /tmp/oracle-instantclient*.rpm && rm -f /tmp/oracle-instantclient*.rpm\n',
      findings: [{ line: 3, message: '/tmp/oracle-instantclient*.rpm (size unknown) added at line 2 is deleted at line 3: an unknown amount wasted' }],
    },
    {
      name: 'a stage the final stage is built on ships its layers',
      code: dockerfile`
        FROM busybox AS base
        RUN dd if=/dev/zero of=/x bs=1024 count=1024
        RUN rm /x
        FROM base
        RUN true
      `,
      findings: [{ line: 3, message: '/x (1.0 MiB) added at line 2 is deleted at line 3: 1.0 MiB wasted' }],
      output: dockerfile`
        FROM busybox AS base
        RUN dd if=/dev/zero of=/x bs=1024 count=1024 && \
            rm /x
        FROM base
        RUN true
      `,
    },
    {
      name: 'metadata between the RUNs stays where it is',
      code: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/tmp/big bs=1024 count=3072
        # the scratch file is not needed any more
        EXPOSE 8080
        RUN rm -f -- /tmp/big
      `,
      findings: [{ line: 5, message: '/tmp/big (3.0 MiB) added at line 2 is deleted at line 5: 3.0 MiB wasted' }],
      output: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/tmp/big bs=1024 count=3072 && \
            rm -f -- /tmp/big
        # the scratch file is not needed any more
        EXPOSE 8080
      `,
    },
    {
      name: 'a relative path after a cd in the creating RUN: no fix (the rm would run in another directory)',
      code: 'FROM busybox\nWORKDIR /w\nRUN cd /tmp && dd if=/dev/zero of=/w/big bs=1024 count=1024\nRUN rm big\n',
      findings: [{ line: 4, message: '/w/big (1.0 MiB) added at line 3 is deleted at line 4: 1.0 MiB wasted' }],
    },
    {
      name: 'a relative path, in a script that keeps its directory, moves',
      code: 'FROM busybox\nWORKDIR /w\nRUN dd if=/dev/zero of=big bs=1024 count=1024\nRUN rm big\n',
      findings: [{ line: 4, message: '/w/big (1.0 MiB) added at line 3 is deleted at line 4: 1.0 MiB wasted' }],
      output: 'FROM busybox\nWORKDIR /w\nRUN dd if=/dev/zero of=big bs=1024 count=1024 && \\\n    rm big\n',
    },
    {
      name: 'a RUN that deletes and does more: no fix',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/x bs=1024 count=1024\nRUN rm /x && touch /done\n',
      findings: [{ line: 3, message: '/x (1.0 MiB) added at line 2 is deleted at line 3: 1.0 MiB wasted' }],
    },
    {
      name: 'an rm of more than what the RUN before stored: no fix',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/x bs=1024 count=1024\nRUN rm -f /x /etc/motd\n',
      findings: [{ line: 3, message: '/x (1.0 MiB) added at line 2 is deleted at line 3: 1.0 MiB wasted' }],
    },
    {
      name: 'a file stored two RUNs before: no fix (the RUN between could use it)',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/x bs=1024 count=1024\nRUN cp /x /y\nRUN rm /x\n',
      findings: [{ line: 4, message: '/x (1.0 MiB) added at line 2 is deleted at line 4: 1.0 MiB wasted' }],
    },
    {
      name: 'a creating RUN with a mount: no fix (the mount could cover a deleted path)',
      code: 'FROM busybox\nRUN --mount=type=cache,target=/cache dd if=/dev/zero of=/x bs=1024 count=1024\nRUN rm /x\n',
      findings: [{ line: 3, message: '/x (1.0 MiB) added at line 2 is deleted at line 3: 1.0 MiB wasted' }],
    },
    {
      name: 'a lint directive above the deleting RUN: no fix (it would move to the next instruction)',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/x bs=1024 count=1024\n# dflint-ignore consecutive-run\nRUN rm /x\nRUN true\n',
      findings: [{ line: 4, message: '/x (1.0 MiB) added at line 2 is deleted at line 4: 1.0 MiB wasted' }],
    },
  ],
} satisfies RuleFixtures;
