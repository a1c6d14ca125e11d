import { dockerfile, type RuleFixtures } from '../harness';

export default {
  valid: [
    'FROM debian:bookworm\n',
    'FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9ab\n',
    { name: 'latest with a digest is pinned', code: 'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n' },
    { name: 'scratch, variables and earlier stages', code: 'ARG BASE=debian\nFROM scratch AS empty\nFROM ${BASE}\nFROM golang:1.22 AS build\nFROM build AS test\nFROM Build\n' },
    { name: 'a registry port is not a tag', code: 'FROM localhost:5000/team/app:1.0\n' },
  ],
  invalid: [
    {
      name: 'no tag',
      code: 'FROM debian AS builder\n',
      findings: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'FROM debian has no tag or digest: pin it (debian:<version>, or @sha256:… as well) so every build starts from the same image' }],
    },
    {
      name: 'latest, and a registry with a port',
      code: dockerfile`
        FROM debian:latest AS builder
        FROM localhost:5000/app
      `,
      findings: [
        { line: 1, column: 6, message: 'FROM debian:latest uses the tag latest, which moves with every release: pin a version tag (or add @sha256:…)' },
        { line: 2, column: 6, message: 'FROM localhost:5000/app has no tag or digest: pin it (localhost:5000/app:<version>, or @sha256:… as well) so every build starts from the same image' },
      ],
    },
    {
      name: 'a stage name used before the stage exists is an image',
      code: 'FROM node AS unit-test\nFROM golang:1.22 AS node\n',
      findings: [{ line: 1, message: 'FROM node has no tag or digest: pin it (node:<version>, or @sha256:… as well) so every build starts from the same image' }],
    },
  ],
} satisfies RuleFixtures;
