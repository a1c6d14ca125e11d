import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:bookworm\nRUN apt-get -qq install curl && apt-get --assume-yes purge wget\n',
    'FROM debian:bookworm\nRUN apt-get install -q -q curl\n',
    'FROM debian:bookworm\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n',
    'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n',
    'FROM centos:7\nRUN yum --assumeyes groupinstall "Development Tools"\n',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper -n rm vim && zypper in -y git\n',
    { name: 'a simulation or an answer of no asks nothing', code: 'FROM debian:bookworm\nRUN if apt-get install -s postgresql-16-jit; then echo jit; fi && dnf --assumeno upgrade\n' },
    { name: 'commands that do not ask', code: 'FROM debian:bookworm\nRUN apt-get update && apt-get clean && apt-cache policy curl && dnf makecache && zypper refresh\n' },
    { name: 'a manager named as an argument does not run', code: 'FROM debian:bookworm\nRUN echo apt-get install curl\n' },
  ],
  invalid: [
    {
      name: 'apt-get install without -y: -y goes after the subcommand',
      code: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && apt-get install --no-install-recommends curl
      `,
      findings: [
        {
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 38,
          message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`',
        },
      ],
      output: dockerfile`
        FROM debian:bookworm
        RUN apt-get update && apt-get install -y --no-install-recommends curl
      `,
    },
    {
      name: 'one finding per RUN and code, naming each command; a single -q is not enough',
      code: 'FROM debian:bookworm\nRUN apt-get -q install curl && \\\n    apt-get purge wget && yum install httpd\n',
      findings: [
        { line: 2, column: 5, message: '`apt-get install` and `apt-get purge` may stop to ask for confirmation, which a build cannot give: add `-y`' },
        { line: 3, column: 27, message: '`yum install` may stop to ask for confirmation, which a build cannot give: add `-y`' },
      ],
      output: 'FROM debian:bookworm\nRUN apt-get -q install -y curl && \\\n    apt-get purge -y wget && yum install -y httpd\n',
    },
    {
      name: 'zypper: -n, the global option, goes right after the program',
      code: 'FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean\n',
      findings: [{ line: 2, column: 5, endColumn: 19, message: '`zypper install` may stop to ask for confirmation, which a build cannot give: add `-n` after `zypper`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean\n',
    },
    {
      name: 'dnf and microdnf, and dnf group install',
      code: 'FROM fedora:40\nRUN dnf group install "Development Tools" && microdnf install httpd\n',
      findings: [{ line: 2, column: 5, endColumn: 22, message: '`dnf group install` and `microdnf install` may stop to ask for confirmation, which a build cannot give: add `-y`' }],
      output: 'FROM fedora:40\nRUN dnf group install -y "Development Tools" && microdnf install -y httpd\n',
    },
    {
      name: 'inside ONBUILD, and through sudo',
      code: 'FROM debian:bookworm\nONBUILD RUN sudo apt-get install curl\n',
      findings: [{ line: 2, column: 18, message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`' }],
      output: 'FROM debian:bookworm\nONBUILD RUN sudo apt-get install -y curl\n',
    },
    {
      name: 'no fix where the RUN goes on after the command fails: answering could change the image',
      code: 'FROM debian:bookworm\nRUN apt-get install curl || true\nRUN apt-get install wget; echo done\n',
      findings: [
        {
          line: 2,
          message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`',
          noFix: 'the RUN may go on when `apt-get install` fails, so answering its prompt can change the image',
        },
        {
          line: 3,
          message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`',
          noFix: 'the RUN may go on when `apt-get install` fails, so answering its prompt can change the image',
        },
      ],
    },
    {
      name: 'with set -e a later list does not hide the failure',
      code: 'FROM debian:bookworm\nRUN set -e; apt-get install curl; echo done\n',
      findings: [{ line: 2, column: 13, message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`' }],
      output: 'FROM debian:bookworm\nRUN set -e; apt-get install -y curl; echo done\n',
    },
    {
      name: 'in a heredoc (not fixed)',
      code: 'FROM debian:bookworm\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n',
      findings: [{ line: 4, column: 1, message: '`apt-get install` may stop to ask for confirmation, which a build cannot give: add `-y`', noFix: 'dflint does not edit commands in a RUN with a heredoc' }],
    },
  ],
} satisfies RuleFixtures;
