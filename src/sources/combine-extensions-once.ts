import { combineExtensions as combineAnew, combineHtmlExtensions } from 'micromark-util-combine-extensions';

/**
 * micromark's `parse` combines its own constructs with the extensions again for every document
 * (`combineExtensions([defaultConstructs, ...extensions])`): ~150 small arrays and objects per
 * draft, 15% of parsing a short one. The bundle routes micromark's imports of
 * micromark-util-combine-extensions here (the combineExtensionsOnce plugin in
 * scripts/parser-patches.mjs), so each list of the same extension objects is combined once.
 * Sharing the result is safe because micromark and its extensions only read the combined
 * constructs; the extension objects are the library's and socialint's own, never rebuilt per draft.
 */
type Extensions = Parameters<typeof combineAnew>[0];
type Combined = ReturnType<typeof combineAnew>;

interface Node {
  next: WeakMap<object, Node>;
  combined?: Combined;
}

const root: Node = { next: new WeakMap() };

export function combineExtensions(extensions: Extensions): Combined {
  let node = root;
  for (const extension of extensions) {
    if (typeof extension !== 'object' || extension === null) return combineAnew(extensions);
    let next = node.next.get(extension);
    if (!next) node.next.set(extension, (next = { next: new WeakMap() }));
    node = next;
  }
  node.combined ??= combineAnew(extensions);
  return node.combined;
}

export { combineHtmlExtensions };
