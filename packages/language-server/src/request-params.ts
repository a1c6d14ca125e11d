import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/**
 * Checks the parts of a request's params a handler reads, so a malformed request gets
 * InvalidParams instead of a TypeError deep inside a handler.
 */
export function requireUri(params: unknown): string {
  const uri = field(field(params, 'textDocument'), 'uri');
  if (typeof uri !== 'string') throw invalid('textDocument.uri must be a string');
  return uri;
}

export function requirePosition(params: unknown, name: string): void {
  const position = field(params, name);
  if (!Number.isInteger(field(position, 'line')) || !Number.isInteger(field(position, 'character'))) {
    throw invalid(`${name} must be a position {line, character}`);
  }
}

export function requireRange(params: unknown, name = 'range'): void {
  const range = field(params, name);
  requirePosition(range, 'start');
  requirePosition(range, 'end');
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}
