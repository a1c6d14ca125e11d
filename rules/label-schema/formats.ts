import spdxIds from 'spdx-license-ids/index.json';
import deprecatedSpdxIds from 'spdx-license-ids/deprecated.json';

// The label types of hadolint's label-schema and what a value of each must look like (hadolint's
// DL3052–DL3056 and DL3058). `text` takes anything not empty.

export const LABEL_TYPES = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

export interface LabelFormat {
  code: string;
  /** what the value must be, for the message: "a URL" */
  what: string;
  valid(value: string): boolean;
}

const SPDX = new Set<string>([...spdxIds, ...deprecatedSpdxIds]);

// RFC 3986: a scheme, `:`, then only URI characters with well-formed %-escapes (as Haskell's Network.URI.parseURI)
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
// semver.org's own expression: no leading `v`, no leading zeros
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
// RFC 5322 addr-spec: dot-atom or quoted local part, dot-atom or literal domain
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")@(?:${ATOM}(?:\\.${ATOM})*|\\[[^[\\]\\\\\\s]*\\])$`);

export const LABEL_FORMATS: Readonly<Record<Exclude<LabelType, 'text'>, LabelFormat>> = {
  url: { code: 'DL3052', what: 'a URL (scheme:…)', valid: (value) => URI.test(value) },
  rfc3339: { code: 'DL3053', what: 'an RFC 3339 time (2024-05-01T12:00:00Z)', valid: isRfc3339 },
  spdx: { code: 'DL3054', what: 'an SPDX license id (MIT, Apache-2.0)', valid: (value) => SPDX.has(value) },
  hash: { code: 'DL3055', what: 'a git hash (7 or 40 lower-case hex digits)', valid: (value) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value) },
  semver: { code: 'DL3056', what: 'a semantic version (1.2.3)', valid: (value) => SEMVER.test(value) },
  email: { code: 'DL3058', what: 'an RFC 5322 email address (name@example.com or Name <name@example.com>)', valid: isEmail },
};

/** An addr-spec, or RFC 5322's name-addr mailbox `Display Name <addr-spec>` (how maintainer labels are written), with an optional trailing (comment). */
function isEmail(value: string): boolean {
  const mailbox = /^[^<>@]*<([^<>]*)>(?:\s*\([^()]*\))?$/.exec(value);
  return EMAIL.test(mailbox ? mailbox[1] : value);
}

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = match[7] === undefined || (Number(match[7]) < 24 && Number(match[8]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}
