import { processIo } from '../src/io';

test("the process's I/O reads process.stdin only when a command reads its input", () => {
  const own = Object.getOwnPropertyDescriptor(process, 'stdin') as PropertyDescriptor;
  let reads = 0;
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    get() {
      reads++;
      return own.get ? own.get.call(process) : own.value;
    },
  });
  try {
    const io = processIo();
    expect(reads).toBe(0);
    expect(io.stdin).toBe(process.stdin);
    expect(reads).toBeGreaterThan(0);
  } finally {
    Object.defineProperty(process, 'stdin', own);
  }
});
