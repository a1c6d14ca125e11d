/** PEP 503's normalized project name: lower case, runs of `-_.` as one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
