import { SEED_CHMOD_LAYERS, dockerfile, type RuleFixtures } from '../harness';

const MiB = 1024 * 1024;

export default {
  valid: [
    {
      name: "with package indexes: a second install RUN re-stores dpkg's status and debconf's templates (consecutive-run's finding, not this rule's)",
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
        RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
      `,
      apt: true,
    },
    {
      name: 'chmod in the RUN that wrote the file',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/usr/local/bin/tool bs=1024 count=1024 && chmod +x /usr/local/bin/tool\n',
    },
    {
      name: 'COPY --chmod sets the mode without a second copy',
      code: 'FROM busybox\nCOPY --chmod=755 tool /usr/local/bin/tool\n',
      context: { tool: MiB },
    },
    { name: 'chmod of a base-image file (its size is unknown to dflint)', code: 'FROM debian:bookworm\nRUN chmod 600 /etc/shadow\n' },
    { name: 'chown of an empty file copies up nothing', code: 'FROM busybox\nRUN touch /app.log\nRUN chown 1000 /app.log\n' },
    { name: 'chmod of an empty directory', code: 'FROM busybox\nRUN mkdir /data\nRUN chmod 777 /data\n' },
    {
      name: 'a file under a cache mount is not stored, so chmod copies nothing up',
      code: dockerfile`
        FROM busybox
        RUN --mount=type=cache,target=/cache dd if=/dev/zero of=/cache/x bs=1024 count=1024
        RUN --mount=type=cache,target=/cache chmod 644 /cache/x
      `,
    },
    {
      name: 'a build stage only used by COPY --from ships none of its layers',
      code: dockerfile`
        FROM busybox AS build
        RUN dd if=/dev/zero of=/x bs=1024 count=1024
        RUN chmod 600 /x
        FROM busybox
        COPY --from=build /x /x
      `,
    },
  ],
  invalid: [
    {
      name: 'copy-then-chmod (measured: 3 MiB stored twice)',
      code: 'FROM busybox\nCOPY big.bin /big.bin\nRUN chmod 600 /big.bin\n',
      context: { 'big.bin': 3 * MiB },
      findings: [
        {
          line: 3,
          column: 5,
          message: '/big.bin (3.0 MiB) added at line 2 is stored again by chmod at line 3: 3.0 MiB wasted',
          severity: 'warning',
          wastedBytes: { value: 3 * MiB, estimate: 'exact' },
        },
      ],
      output: 'FROM busybox\nCOPY --chmod=600 big.bin /big.bin\n',
    },
    {
      name: 'COPY --from=<stage> of one file the model knows, then chmod: --chmod on the COPY (issue 14 item 12b)',
      code: 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero of=/out/small bs=1024 count=1024\nFROM busybox\nCOPY --from=build /out/small /small\nRUN chmod 700 /small\n',
      findings: [{ line: 5, message: '/small (1.0 MiB) added at line 4 is stored again by chmod at line 5: 1.0 MiB wasted' }],
      output: 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero of=/out/small bs=1024 count=1024\nFROM busybox\nCOPY --from=build --chmod=700 /out/small /small\n',
    },
    {
      name: 'COPY --from=<stage> of a folder holding one file, then chmod of that file: no fix (--chmod would not reach only it)',
      code: 'FROM busybox AS build\nRUN mkdir /out && dd if=/dev/zero of=/out/small bs=1024 count=1024\nFROM busybox\nCOPY --from=build /out /app\nRUN chmod 700 /app/small\n',
      findings: [{ line: 5, message: '/app/small (1.0 MiB) added at line 4 is stored again by chmod at line 5: 1.0 MiB wasted', noFix: '--chmod on a copied directory does not do what chmod -R does in every BuildKit' }],
    },
    {
      name: 'seed-chmod-layers: each chmod -R stores the folder again',
      code: SEED_CHMOD_LAYERS,
      findings: [
        {
          line: 4,
          message: '/data/one (1.0 MiB) added at line 3 is stored again by chmod at line 4: 1.0 MiB wasted',
          wastedBytes: { value: MiB, estimate: 'exact' },
        },
        {
          line: 6,
          message: '/data/one (1.0 MiB, line 4) and /data/two (1.0 MiB, line 5) are stored again by chmod at line 6: 2.0 MiB wasted',
          wastedBytes: { value: 2 * MiB, estimate: 'exact' },
          noFix: 'the files were stored by more than one step',
        },
      ],
      // line 4 only changes what line 3 created: it moves there. Line 6 changes files of lines 4 and 5: no fix
      output: dockerfile`
        FROM busybox
        RUN mkdir /data
        RUN dd if=/dev/zero bs=1024 count=1024 of=/data/one && \
            chmod -R 0777 /data
        RUN dd if=/dev/zero bs=1024 count=1024 of=/data/two
        RUN chmod -R 0777 /data
        RUN rm /data/one
        CMD ls -alh /data
      `,
    },
    {
      name: 'copy-up-edge-cases: touch, chmod to the same mode, and an append each store the file again',
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
        { line: 4, message: '/keep/a (512.0 KiB) added at line 2 is stored again by touch at line 4: 512.0 KiB wasted', noFix: 'line 4: `touch` is not a command to move' },
        { line: 5, message: '/keep/b (512.0 KiB) added at line 2 is stored again by chmod at line 5: 512.0 KiB wasted', noFix: 'the files were stored at line 2, not by the RUN at line 4 just before' },
        { line: 6, message: '/keep/b (512.0 KiB) copied up by chmod at line 5 is stored again by `>>` at line 6: 512.0 KiB wasted', noFix: 'line 6: `echo` is not a command to move' },
      ],
    },
    {
      name: 'without a build context the size is unknown, but the copy-up is still found (chmod +x: --chmod takes octal modes only, no fix)',
      code: 'FROM busybox\nCOPY start.sh /start.sh\nRUN chmod +x /start.sh\n',
      findings: [
        {
          line: 3,
          message: '/start.sh (size unknown) added at line 2 is stored again by chmod at line 3: an unknown amount wasted',
          wastedBytes: { value: 0, estimate: 'unknown' },
        },
      ],
    },
    {
      name: 'chown -R of a copied directory',
      code: 'FROM busybox\nCOPY app /app\nRUN chown -R 1000:1000 /app\n',
      context: { 'app/a.js': 1000, 'app/b.js': 2000 },
      findings: [
        {
          line: 3,
          message: '/app/b.js (2.0 KiB, line 2) and /app/a.js (1000 B, line 2) are stored again by chown at line 3: 2.9 KiB wasted',
          wastedBytes: { value: 3000, estimate: 'exact' },
        },
      ],
      output: 'FROM busybox\nCOPY --chown=1000:1000 app /app\n',
    },
    {
      name: 'chmod of a copied script',
      code: 'FROM busybox\nCOPY run.sh /app/run.sh\nRUN chmod 755 /app/run.sh\n',
      context: { 'run.sh': 100 },
      findings: [{ line: 3, message: '/app/run.sh (100 B) added at line 2 is stored again by chmod at line 3: 100 B wasted' }],
      output: 'FROM busybox\nCOPY --chmod=755 run.sh /app/run.sh\n',
    },
    {
      name: 'chown -R of what COPY --from brought in',
      code: dockerfile`
        FROM golang:1.23 AS build
        RUN go build -o /out/app .
        FROM busybox
        COPY --from=build /out /app
        RUN chown -R 1000:1000 /app
      `,
      findings: [{ line: 5, message: '/app (size unknown) added at line 4 is stored again by chown at line 5: an unknown amount wasted' }],
      output: dockerfile`
        FROM golang:1.23 AS build
        RUN go build -o /out/app .
        FROM busybox
        COPY --from=build --chown=1000:1000 /out /app
      `,
    },
    {
      name: 'mode and owner in one RUN, the directory made by WORKDIR, metadata between',
      code: dockerfile`
        FROM busybox
        WORKDIR /app
        COPY run.sh ./
        ENV PORT=8080
        RUN chmod 0700 run.sh && chown 1000:1000 run.sh
      `,
      context: { 'run.sh': 100 },
      findings: [{ line: 5, message: '/app/run.sh (100 B) added at line 3 is stored again by chmod at line 5: 100 B wasted' }],
      output: dockerfile`
        FROM busybox
        WORKDIR /app
        COPY --chown=1000:1000 --chmod=0700 run.sh ./
        ENV PORT=8080
      `,
    },
    {
      name: 'a file a RUN just created: the chmod moves into that RUN',
      code: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/usr/local/bin/tool bs=1024 count=64
        LABEL org.opencontainers.image.title=tool
        RUN chmod +x /usr/local/bin/tool
      `,
      findings: [{ line: 4, message: '/usr/local/bin/tool (64.0 KiB) added at line 2 is stored again by chmod at line 4: 64.0 KiB wasted' }],
      output: dockerfile`
        FROM busybox
        RUN dd if=/dev/zero of=/usr/local/bin/tool bs=1024 count=64 && \
            chmod +x /usr/local/bin/tool
        LABEL org.opencontainers.image.title=tool
      `,
    },
    {
      // deleting the moved RUN's lines would lose the comment (consecutive-run's merge keeps it)
      name: 'a comment line inside the chmod RUN: no fix',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/tool bs=1024 count=64\nRUN \\\n    # make it runnable\n    chmod +x /tool\n',
      findings: [{ line: 5, message: '/tool (64.0 KiB) added at line 2 is stored again by chmod at line 5: 64.0 KiB wasted', noFix: 'a comment line inside the RUN would be lost' }],
    },
    {
      name: 'a RUN that does more than chmod: no fix',
      code: 'FROM busybox\nCOPY run.sh /app/run.sh\nRUN chmod 755 /app/run.sh && /app/run.sh --selftest\n',
      context: { 'run.sh': 100 },
      findings: [{ line: 3, message: '/app/run.sh (100 B) added at line 2 is stored again by chmod at line 3: 100 B wasted' }],
    },
    {
      name: 'a RUN-created file changed by a RUN that also runs it: no fix',
      code: 'FROM busybox\nRUN dd if=/dev/zero of=/tool bs=1024 count=64\nRUN chmod +x /tool && /tool --version\n',
      findings: [{ line: 3, message: '/tool (64.0 KiB) added at line 2 is stored again by chmod at line 3: 64.0 KiB wasted' }],
    },
    {
      name: 'a mode other than 755 on a file in a directory the COPY may create: no fix (BuildKit gives the new directory that mode)',
      code: 'FROM busybox\nCOPY key.pem /certs/key.pem\nRUN chmod 600 /certs/key.pem\n',
      context: { 'key.pem': 100 },
      findings: [{ line: 3, message: '/certs/key.pem (100 B) added at line 2 is stored again by chmod at line 3: 100 B wasted' }],
    },
    {
      name: 'chmod -R of a copied directory: no fix (--chmod reaches directories only in recent BuildKit)',
      code: 'FROM busybox\nCOPY app /app\nRUN chmod -R 755 /app\n',
      context: { 'app/a.js': 1000 },
      findings: [{ line: 3, message: '/app/a.js (1000 B) added at line 2 is stored again by chmod at line 3: 1000 B wasted' }],
    },
    {
      name: 'chown -R of a directory WORKDIR made before the COPY: no fix (COPY --chown would leave /app itself to root)',
      code: 'FROM busybox\nWORKDIR /app\nCOPY . .\nRUN chown -R 1000:1000 /app\n',
      context: { 'a.js': 1000 },
      findings: [{ line: 4, message: '/app/a.js (1000 B) added at line 3 is stored again by chown at line 4: 1000 B wasted' }],
    },
    {
      name: 'chown to a user without a group: no fix (--chown=user would also set the group)',
      code: 'FROM busybox\nCOPY big.bin /big.bin\nRUN chown 1000 /big.bin\n',
      context: { 'big.bin': 100 },
      findings: [{ line: 3, message: '/big.bin (100 B) added at line 2 is stored again by chown at line 3: 100 B wasted' }],
    },
    {
      name: 'chgrp: no fix (--chown needs the owner too)',
      code: 'FROM busybox\nCOPY big.bin /big.bin\nRUN chgrp 1000 /big.bin\n',
      context: { 'big.bin': 100 },
      findings: [{ line: 3, message: '/big.bin (100 B) added at line 2 is stored again by chgrp at line 3: 100 B wasted' }],
    },
  ],
} satisfies RuleFixtures;
