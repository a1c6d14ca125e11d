import { parseDocument } from '../parse/document';
import { packageCommand } from '../package-managers';
import { apkCommandOptions } from './apk-options';

async function optionsOf(line: string) {
  const doc = await parseDocument(`FROM alpine:3.20\nRUN ${line}\n`);
  const run = doc.stages[0].instructions.find((instruction) => instruction.keyword === 'RUN')!;
  const command = packageCommand(doc.shellScripts(run)[0].commands[0]);
  if (!command) throw new Error(`no package command in ${line}`);
  return { subcommand: command.subcommand, ...apkCommandOptions(command) };
}

describe('apkCommandOptions', () => {
  test('--virtual / -t, --no-cache, the packages', async () => {
    expect(await optionsOf('apk add --no-cache --virtual .build-deps gcc musl-dev')).toEqual({ subcommand: 'add', virtual: '.build-deps', repositories: [], noCache: true, upgrade: false, packages: ['gcc', 'musl-dev'], dynamicOperands: 0 });
    expect(await optionsOf('apk add -t .x curl=8.5.0-r0')).toMatchObject({ virtual: '.x', packages: ['curl=8.5.0-r0'], noCache: false });
    expect(await optionsOf('apk del .build-deps')).toMatchObject({ subcommand: 'del', packages: ['.build-deps'] });
  });

  test('repositories added with -X/--repository, a repositories file, upgrades, dynamic words', async () => {
    expect(await optionsOf('apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing --repository=https://example.com/repo -u foo')).toMatchObject({
      repositories: ['https://dl-cdn.alpinelinux.org/alpine/edge/testing', 'https://example.com/repo'],
      upgrade: true,
      packages: ['foo'],
    });
    expect(await optionsOf('apk add --repositories-file /tmp/repos foo')).toMatchObject({ repositoriesFile: '/tmp/repos', packages: ['foo'] });
    expect(await optionsOf('apk add --virtual "$NAME" $PKGS curl')).toMatchObject({ packages: ['curl'], dynamicOperands: 2 });
  });
});
