import { promises as fs } from 'node:fs';

export class ReadError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a Dockerfile',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/**
 * Reads a Dockerfile as UTF-8 text; anything that is not a readable text file is a ReadError
 * whose message names the file as the user wrote it (`name`).
 */
export async function readDockerfile(file: string, name = file): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ReadError(`${name}: ${REASONS[code] ?? `cannot be read (${code || String(error)})`}`);
  }
  return decode(bytes, name);
}

export async function readStdin(stream: NodeJS.ReadableStream, name: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return decode(Buffer.concat(chunks), name);
}

function decode(bytes: Buffer, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ReadError(`${name}: is UTF-16 encoded; Docker reads Dockerfiles as UTF-8, so save it as UTF-8`);
  }
  // NUL bytes never occur in a Dockerfile; they mark binary content (an image, an archive)
  if (bytes.subarray(0, 8192).includes(0)) throw new ReadError(`${name}: is a binary file, not a Dockerfile`);
  return bytes.toString('utf8');
}
