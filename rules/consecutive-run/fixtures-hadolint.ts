import type { InvalidCase, ValidCase } from '../harness';

// hadolint's DL3059: two one-command RUNs in a row, reported at info even when the merge saves only a layer.

export const hadolintValid: ValidCase[] = [
    {
      name: 'a metadata instruction between two one-command RUNs: the merge saves only a layer, not reported by default (hadolint resets at any instruction)',
      code: 'FROM debian:bookworm\nRUN make -C /src install\nLABEL a=b\nRUN make -C /src2 install\n',
    },
];

export const hadolintInvalid: InvalidCase[] = [
    {
      name: "two one-command RUNs in a row are reported at style (below the default failure threshold), as hadolint's DL3059, even when the merge saves only a layer",
      code: 'FROM debian:bookworm\nRUN apt-get update\n# then\nRUN pip install flask==3.0.0 --no-cache-dir\n',
      findings: [{ line: 2, column: 1, endLine: 4, endColumn: 44, message: '2 consecutive RUNs (lines 2 and 4) can be one RUN: 1 layer fewer', severity: 'style' }],
      output: 'FROM debian:bookworm\nRUN apt-get update && \\\n    # then\n    pip install flask==3.0.0 --no-cache-dir\n',
    },
];
