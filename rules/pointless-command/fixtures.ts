import { dockerfile, type RuleFixtures } from '../harness';

const WHY = '(a build step has no terminal, no running services and no process that outlives it)';

export default {
  valid: [
    { name: 'installing ssh or vim is not running them', code: 'FROM debian:bookworm\nRUN apt-get install -y openssh-client vim\n' },
    { name: 'ssh-keyscan and pkill are other commands', code: 'FROM alpine\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts && pkill -f x || true\n' },
    {
      name: 'kill of a job the RUN started in the background',
      code: dockerfile`
        FROM debian:bookworm
        RUN server --init & pid=$!; \
            sleep 10; kill "$pid" || true
      `,
    },
    { name: 'the words as arguments', code: 'FROM alpine\nRUN echo top ps free > /notes\n' },
  ],
  invalid: [
    {
      name: 'one command, with a path',
      code: 'FROM alpine\nRUN /usr/bin/top -b -n 1\n',
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 17, message: `\`top\` makes no sense in a RUN ${WHY}; remove it` }],
    },
    {
      name: 'one finding per RUN names every command',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update \
            && service nginx start \
            && ps aux \
            && service nginx stop
      `,
      findings: [{ line: 3, column: 8, endLine: 3, endColumn: 15, message: `\`service\` and \`ps\` make no sense in a RUN ${WHY}; remove them` }],
    },
    {
      name: 'inside ONBUILD, and in a command substitution',
      code: 'FROM alpine\nONBUILD RUN echo "$(free -m)" > /mem\n',
      findings: [{ line: 2, column: 21, endLine: 2, endColumn: 25, message: `\`free\` makes no sense in a RUN ${WHY}; remove it` }],
    },
    {
      name: 'a heredoc body',
      code: 'FROM alpine\nRUN <<EOF\nmount -t tmpfs none /mnt\nEOF\n',
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 6, message: `\`mount\` makes no sense in a RUN ${WHY}; remove it` }],
    },
  ],
} satisfies RuleFixtures;
