/**
 * `compute`, run at most once per document (any object): later calls for the same document get
 * the first answer. For facts several rules or fixes ask for, some once per finding.
 */
export function oncePerDocument<Document extends object, Value>(compute: (document: Document) => Value): (document: Document) => Value {
  const answers = new WeakMap<Document, Value>();
  return (document) => {
    if (answers.has(document)) return answers.get(document) as Value;
    const value = compute(document);
    answers.set(document, value);
    return value;
  };
}
