/** Entry point of the `dflint-language-server` bin (filled in by the language-server work). */
export function run(): void {
  process.stderr.write('dflint-language-server: not implemented yet\n');
  process.exitCode = 2;
}
