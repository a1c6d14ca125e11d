import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseApkIndexText } from '../../package-index/apk-index';
import { apkRecordBytes } from './apk-effects';

describe('apkRecordBytes', () => {
  // the constants come from these four records, so this checks their transcription and the fields
  // written out, not the estimate: one record's file list does not follow its I: (musl 140 bytes for
  // 636 KiB, alpine-baselayout 1,648 for 332 KiB), and no index says how many files a package has
  test('sums the records of a real lib/apk/db/installed within 5% (its four records gave the constants)', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'package-index', 'fixtures', 'apk', 'installed-aarch64'), 'utf8');
    const records = text.split(/\n\n/).filter((record) => record.trim());
    const packages = parseApkIndexText(text, 'installed-aarch64');
    expect(packages.map((pkg) => pkg.name)).toEqual(['alpine-baselayout-data', 'musl', 'busybox', 'alpine-baselayout']);
    const actual = records.map((record) => Buffer.byteLength(`${record.trim()}\n\n`));
    const estimates = packages.map((pkg) => apkRecordBytes(pkg));
    const total = actual.reduce((a, b) => a + b, 0);
    expect(Math.abs(estimates.reduce((a, b) => a + b, 0) - total) / total).toBeLessThan(0.05);
  });
});
