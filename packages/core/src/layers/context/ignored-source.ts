// The note a COPY/ADD step carries for a source the ignore file excludes (Docker does not send it,
// so the build fails on it), written and read in this one place.

const SUFFIX = ' is excluded by the ignore file';

export function ignoredSourceNote(source: string): string {
  return `${source}${SUFFIX}`;
}

/** The source a step's note says the ignore file excludes, or undefined for any other note. */
export function ignoredSourceOf(note: string): string | undefined {
  return note.endsWith(SUFFIX) ? note.slice(0, -SUFFIX.length) : undefined;
}
