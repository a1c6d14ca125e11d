import { dockerfile, type RuleFixtures } from '../harness';

const MiB = 1024 * 1024;

export default {
  valid: [
    { name: 'no build context read: nothing to measure', code: 'FROM node:22\nCOPY . /app\n' },
    {
      name: '.dockerignore keeps them out',
      code: 'FROM node:22\nCOPY . /app\n',
      context: {
        '.dockerignore': '.git\nnode_modules\n',
        '.git/HEAD': 'ref: refs/heads/main\n',
        'node_modules/left-pad/index.js': 5000,
        'src/index.js': 100,
      },
    },
    {
      name: 'build output copied on purpose',
      code: 'FROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\n',
      context: { 'dist/index.html': 100, 'dist/app.js': 2 * MiB },
    },
    {
      name: 'node_modules copied on purpose',
      code: 'FROM node:22\nCOPY node_modules /app/node_modules\n',
      context: { 'node_modules/a/index.js': 100, 'node_modules/a/node_modules/b/index.js': 100 },
    },
    {
      name: 'a source package named build deep in the tree is not build output',
      code: 'FROM golang:1.23\nCOPY . /src\n',
      context: { 'go.mod': 'module x\n', 'internal/build/build.go': 'package build\n' },
    },
    {
      name: 'a file over the limit named in the COPY itself',
      code: 'FROM busybox\nCOPY model.bin /models/\n',
      context: { 'model.bin': 11 * MiB },
    },
  ],
  invalid: [
    {
      name: '.git and node_modules in COPY . (largest first)',
      code: 'FROM node:22\nCOPY . /app\n',
      context: {
        '.git/objects/pack/pack-1.pack': 2 * MiB,
        '.git/HEAD': 21,
        'node_modules/lib/index.js': 3 * MiB,
        'src/main.js': 10,
      },
      findings: [
        {
          line: 2,
          column: 1,
          message: 'COPY at line 2 copies node_modules/ (3.0 MiB) and .git/ (2.0 MiB) from the build context; list them in .dockerignore: 5.0 MiB wasted',
          severity: 'warning',
          wastedBytes: { value: 5 * MiB + 21, estimate: 'exact' },
        },
      ],
    },
    {
      name: 'a file over 10 MiB, an archive and build output, and "and N more"',
      code: 'FROM busybox\nWORKDIR /srv\nCOPY ./ ./\n',
      context: {
        'data/dump.sql': 11 * MiB,
        'release.tar.gz': 1024,
        'target/app.jar': 4096,
        '__pycache__/x.pyc': 10,
        'main.py': 10,
      },
      findings: [
        {
          line: 3,
          message:
            'COPY at line 3 copies data/dump.sql (11.0 MiB), target/ (4.0 KiB), release.tar.gz (1.0 KiB) and 1 more from the build context; ' +
            'list them in .dockerignore: 11.0 MiB wasted',
          wastedBytes: { value: 11 * MiB + 4096 + 1024 + 10, estimate: 'exact' },
        },
      ],
    },
    {
      name: 'maxFileBytes option, and a directory source',
      code: 'FROM busybox\nCOPY web /var/www\n',
      options: { maxFileBytes: 1000 },
      context: { 'web/index.html': 10, 'web/video.mp4': 2000 },
      findings: [{ line: 2, message: 'COPY at line 2 copies web/video.mp4 (2.0 KiB) from the build context; list it in .dockerignore: 2.0 KiB wasted' }],
    },
    {
      name: 'in a stage that does not ship, the bytes are shown but not counted as image waste',
      code: dockerfile`
        FROM node:22 AS build
        WORKDIR /app
        COPY . .
        FROM nginx:1.27
        COPY --from=build /app/dist /usr/share/nginx/html
      `,
      context: { 'node_modules/lib/index.js': MiB, 'src/main.js': 10 },
      findings: [{ line: 3, message: 'COPY at line 3 copies node_modules/ (1.0 MiB) from the build context; list it in .dockerignore (1.0 MiB)' }],
    },
  ],
} satisfies RuleFixtures;
