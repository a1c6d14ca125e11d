import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatCheckstyle } from './checkstyle';
import { GOLDEN_RESULTS, ODD_FINDINGS } from './golden/golden-test-fixtures';
import { formatJunit } from './junit';
import { xmlEscape } from './xml';

const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['file', 'error', 'testsuite', 'testcase'].includes(name) });
/** Characters XML 1.0 cannot carry, even as references. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** What a conforming parser gives back for an attribute holding `text`. */
const roundTripped = (text: string) => text.replace(/\u0007/g, '\uFFFD');

describe('xmlEscape', () => {
  test('escapes markup and quotes, keeps whitespace as references, replaces what XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
    expect(xmlEscape('bell\u0007 nul\u0000 ff\u000C lone\uD800 pair\uD83D\uDE00')).toBe('bell\uFFFD nul\uFFFD ff\uFFFD lone\uFFFD pair\uD83D\uDE00');
  });
});

describe.each([
  ['checkstyle', formatCheckstyle],
  ['junit', formatJunit],
])('%s', (_, format) => {
  test('is well-formed XML with no character XML 1.0 forbids', () => {
    const xml = format(GOLDEN_RESULTS);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(NOT_XML);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  });
});

describe('formatCheckstyle', () => {
  test('a <file> per result, an <error> per finding; messages come back intact from a parser', () => {
    const { checkstyle } = parser.parse(formatCheckstyle(GOLDEN_RESULTS));
    expect(checkstyle.file.map((f: { name: string }) => f.name)).toEqual(['svc/api/Dockerfile', 'clean/Dockerfile', 'odd name/Dockerfile.dev']);
    expect(checkstyle.file[1].error).toBeUndefined();
    const [odd, internal] = checkstyle.file[2].error;
    expect(odd).toEqual({ line: '2', column: '5', severity: 'info', message: roundTripped(ODD_FINDINGS[0].message), source: 'dflint.package-cache' });
    expect(internal.severity).toBe('error');
    expect(checkstyle.file[0].error.map((e: { severity: string }) => e.severity)).toEqual(['warning', 'warning', 'warning', 'info']);
  });
});

describe('formatJunit', () => {
  test('a suite per file, a failing case per finding, a passing case for a clean file, consistent counts', () => {
    const { testsuites } = parser.parse(formatJunit(GOLDEN_RESULTS));
    expect(testsuites).toMatchObject({ name: 'dflint', tests: '7', failures: '6' });
    const [api, clean, odd] = testsuites.testsuite;
    expect(api).toMatchObject({ name: 'svc/api/Dockerfile', tests: '4', failures: '4' });
    expect(api.testcase.every((c: { failure?: unknown }) => c.failure)).toBe(true);
    expect(clean).toMatchObject({ tests: '1', failures: '0' });
    expect(clean.testcase).toEqual([{ name: 'dflint', classname: 'clean/Dockerfile', file: 'clean/Dockerfile', time: '0' }]);
    expect(odd.testcase[0].failure).toMatchObject({ type: 'info', message: roundTripped(ODD_FINDINGS[0].message) });
    expect(odd.testcase[1].name).toBe('1:1 internal-error');
  });
});
