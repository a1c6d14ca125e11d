import { type RuleFixtures } from '../harness';

const WHY = 'replaces /bin/sh, for every later RUN and for the container\'s scripts too: to run RUN under another shell, use SHELL (e.g. SHELL ["/bin/bash", "-c"])';

export default {
  valid: [
    { name: 'an unrelated link', code: 'FROM debian:bookworm\nRUN ln -sf /bin/true /sbin/initctl\n' },
    { name: '/bin/sh elsewhere in the RUN', code: 'FROM debian:bookworm\nRUN ln -s foo bar && unrelated && something_with /bin/sh\n' },
    { name: '/bin/sh as the target of a link, not the link', code: 'FROM debian:bookworm\nRUN ln -s /bin/sh /usr/local/bin/posix-sh\n' },
    { name: 'linking into a directory with -t', code: 'FROM debian:bookworm\nRUN ln -s -t /usr/local/bin /bin/sh\n' },
    { name: 'SHELL instead', code: 'FROM debian:bookworm\nSHELL ["/bin/bash", "-c"]\nRUN echo $BASH_VERSION\n' },
  ],
  invalid: [
    {
      name: 'ln -sf bash over /bin/sh',
      code: 'FROM debian:bookworm\nRUN rm /bin/sh && ln -sfv /bin/bash /bin/sh\n',
      findings: [{ line: 2, column: 19, endLine: 2, endColumn: 44, message: `\`ln -sfv /bin/bash /bin/sh\` ${WHY}` }],
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:bookworm\nONBUILD RUN ln -s /bin/bash /bin/sh\n',
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 36, message: `\`ln -s /bin/bash /bin/sh\` ${WHY}` }],
    },
    {
      name: 'after -- and with a quoted name',
      code: "FROM debian:bookworm\nRUN ln -sf -- dash '/bin/sh'\n",
      findings: [{ line: 2, column: 5, endLine: 2, endColumn: 29, message: `\`ln -sf -- dash '/bin/sh'\` ${WHY}` }],
    },
  ],
} satisfies RuleFixtures;
