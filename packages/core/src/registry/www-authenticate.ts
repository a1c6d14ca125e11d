/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"`. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

const PARAM = /\s*([A-Za-z][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/y;

/** Parses the challenges of a header value (RFC 7235); parameter names come back lowercase. */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let at = 0;
  while (at < header.length) {
    const scheme = /\s*,?\s*([A-Za-z][\w-]*)/y;
    scheme.lastIndex = at;
    const found = scheme.exec(header);
    if (!found) break;
    at = scheme.lastIndex;
    const params: Record<string, string> = {};
    for (;;) {
      PARAM.lastIndex = at;
      const param = PARAM.exec(header);
      if (!param) break;
      params[param[1].toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : param[3];
      at = PARAM.lastIndex;
    }
    challenges.push({ scheme: found[1].toLowerCase(), params });
  }
  return challenges;
}
