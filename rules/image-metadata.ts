import type { Definition, Html, Image, ImageReference } from 'mdast';
import { identifyingMetadata, METADATA_NAMES } from '../src/privacy/image-metadata.js';
import { docsPath, treeNodes } from '../src/rule-helpers.js';
import type { Rule } from '../src/types.js';

const rule: Rule = {
  id: 'image-metadata',
  meta: {
    description: 'Local images in a draft whose metadata carries GPS coordinates, a camera serial number or the owner\'s name.',
    docs: docsPath('image-metadata'),
    fixable: false,
    hasSuggestions: true,
    defaultSeverity: 'error',
    appliesTo: ['post', 'thread', 'comment', 'dm', 'newsletter'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  async check(context) {
    const { document, loadAsset } = context;
    if (document.type !== 'post' || !document.tree || !loadAsset) return;
    const definitions = new Map<string, string>();
    const images: { url: string; node: Image | ImageReference | Html }[] = [];
    for (const node of treeNodes(document.tree)) {
      if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
      if (node.type === 'image') images.push({ url: (node as Image).url, node: node as Image });
      if (node.type === 'imageReference') images.push({ url: '', node: node as ImageReference });
      if (node.type === 'html') for (const src of htmlImageSources((node as Html).value)) images.push({ url: src, node: node as Html });
    }
    const checked = new Map<string, Promise<string[]>>();
    for (const { url, node } of images) {
      const reference = url || (node.type === 'imageReference' ? definitions.get(node.identifier) : undefined) || '';
      const start = node.position?.start;
      if (!reference || !start) continue;
      if (!checked.has(reference)) {
        checked.set(
          reference,
          loadAsset(reference).then((asset) => (asset.ok ? identifyingMetadata(asset.bytes).then((kinds) => kinds.map((k) => METADATA_NAMES[k])) : [])),
        );
      }
      const found = await checked.get(reference)!;
      if (found.length === 0) continue;
      const end = node.position!.end;
      const from = start.offset;
      const to = end.offset;
      context.report({
        message: `Image ${reference} carries ${list(found)} in its metadata. Strip the metadata before posting (for example \`exiftool -all= ${reference}\`).`,
        loc: { at: { line: start.line, column: start.column }, endAt: { line: end.line, column: end.column } },
        // An HTML block may hold more than the image: removing it is not a suggestion we can make.
        suggestions: from === undefined || to === undefined || node.type === 'html' ? undefined : [{ desc: 'Leave the image out of the draft until its metadata is stripped.', fix: { range: [from, to], text: '' } }],
      });
    }
  },
};

// `<img … src="…">` in raw HTML; the attribute run is bounded so a stray `<img` cannot make it slow.
const IMG_SRC = /<img\b[^>]{0,500}?\bsrc\s{0,3}=\s{0,3}["']([^"'>]{1,2000})["']/gi;

function htmlImageSources(html: string): string[] {
  return [...html.matchAll(IMG_SRC)].map((m) => m[1]!);
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export default rule;
