/**
 * A value made the first time it is asked for. V8 parses a regular expression when the literal is
 * evaluated, and one with Unicode property classes (`\p{L}`) takes a fraction of a millisecond to
 * parse, so a module that declares several at its top level costs a one-file run even when no
 * draft ever reaches them.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
