/** Why a fix is not offered, in words a user can read ("a later RUN runs apt-get and may need the cache"). */
export interface Refusal {
  ok: false;
  reason: string;
}

/** A fix (or a piece of one) that could be built, or why not. */
export type FixOutcome<T> = { ok: true; value: T } | Refusal;

export function ok<T>(value: T): FixOutcome<T> {
  return { ok: true, value };
}

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}

/** The outcome's value transformed, or the same refusal. */
export function mapOutcome<T, U>(outcome: FixOutcome<T>, transform: (value: T) => U): FixOutcome<U> {
  return outcome.ok ? ok(transform(outcome.value)) : outcome;
}

/** The refusal with `at` in front of its reason (`line 3: the script does not parse`); an ok outcome unchanged. */
export function refusedAt<T>(at: string, outcome: FixOutcome<T>): FixOutcome<T> {
  return outcome.ok ? outcome : refuse(`${at}: ${outcome.reason}`);
}
