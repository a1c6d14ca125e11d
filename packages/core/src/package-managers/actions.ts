import type { PackageAction } from './types';

/** `{ install: 'install', in: 'install' }` from one action and its subcommands. */
export function actions(action: PackageAction, subcommands: readonly string[]): Record<string, PackageAction> {
  return Object.fromEntries(subcommands.map((subcommand) => [subcommand, action]));
}
