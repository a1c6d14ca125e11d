import { DEFAULT_MAX_FILE_SIZE, maxLinesFor, parseFileSize } from '../src/file-size';

describe('parseFileSize', () => {
  test.each([
    ['4096', 4096],
    [' 20MB ', 20 * 1024 ** 2],
    ['20 MiB', 20 * 1024 ** 2],
    ['512k', 512 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['100b', 100],
    [2048, 2048],
  ])('%p is %p bytes', (text, bytes) => {
    expect(parseFileSize(text)).toBe(bytes);
  });

  test.each(['', 'lots', '20 MBs', '-1', '0', '0.1', 'MB', 0, -5, 1.5])('%p is not a size', (text) => {
    expect(parseFileSize(text)).toBeUndefined();
  });

  test('the default is 10 MiB', () => {
    expect(DEFAULT_MAX_FILE_SIZE).toBe(10 * 1024 * 1024);
  });
});

test('a size limit allows one line per 200 bytes, at least 1,000', () => {
  expect(maxLinesFor(DEFAULT_MAX_FILE_SIZE)).toBe(52_428);
  expect(maxLinesFor(300 * 1024)).toBe(1536);
  expect(maxLinesFor(100)).toBe(1000);
});
