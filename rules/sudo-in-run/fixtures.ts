import { dockerfile, type RuleFixtures } from '../harness';

const WHY = "its behaviour depends on the image's sudoers, terminal and environment handling; switch users with USER before the RUN (and use gosu, not sudo, to drop root at run time)";

export default {
  valid: [
    { name: 'installing sudo is not running it', code: 'FROM debian:bookworm\nRUN apt-get install -y sudo\n' },
    { name: 'USER instead of sudo', code: 'FROM debian:bookworm\nUSER app\nRUN make\nUSER root\nRUN make install\n' },
    { name: 'sudo as an argument', code: 'FROM alpine\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app && chmod 0440 /etc/sudoers.d/app\n' },
  ],
  invalid: [
    {
      name: 'sudo at the start',
      code: 'FROM debian:bookworm\nRUN sudo apt-get update\n',
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: `RUN uses \`sudo\`: ${WHY}` }],
    },
    {
      name: 'chained: one finding per RUN, at the first sudo, counting them',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update \
            && sudo apt-get install -y curl \
            && sudo -u app make
      `,
      findings: [{ line: 3, column: 8, endLine: 3, endColumn: 12, message: `RUN uses \`sudo\` (2 times): ${WHY}` }],
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:bookworm\nONBUILD RUN sudo make install\n',
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 17, message: `RUN uses \`sudo\`: ${WHY}` }],
    },
    {
      name: 'after a pipe',
      code: 'FROM ubuntu:24.04\nRUN curl -fsSL https://example.com/key.gpg | sudo apt-key add -\n',
      findings: [{ line: 2, column: 46, endLine: 2, endColumn: 50, message: `RUN uses \`sudo\`: ${WHY}` }],
    },
  ],
} satisfies RuleFixtures;
