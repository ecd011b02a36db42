import type { Nodes } from 'mdast';
import { docsPath, treeNodes } from '../src/rule-helpers.js';
import type { Rule, SourceLocation } from '../src/types.js';

/** Alt texts that name the medium rather than describe the picture. */
const PLACEHOLDERS = new Set([
  'image', 'img', 'photo', 'picture', 'pic', 'screenshot', 'screen shot', 'graphic', 'figure', 'untitled', 'alt', 'alt text',
  'placeholder', 'banner', 'logo', 'icon', 'chart', 'diagram', 'gif', 'meme', 'selfie', 'thumbnail', 'cover', 'header', 'attachment', 'media',
]);
const FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|gif|webp|heic|heif|avif|svg|bmp|tiff?)$/i;
/** What cameras, phones and screenshot tools name files: IMG_1234, DSC01234, PXL_20260301_101500, Screenshot 2026-03-01 at 10.00.00. */
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|pxl|mvimg|gopr|photo|image|screenshot|screen shot|capture|whatsapp image)[\s_-]*[\d][\w\s.:-]*$/i;

const rule: Rule = {
  id: 'image-alt-text',
  meta: {
    description: 'Images without alt text, or with alt text that describes nothing ("image", "IMG_1234.jpg").',
    docs: docsPath('image-alt-text'),
    fixable: false,
    hasSuggestions: false,
    defaultSeverity: 'warn',
    appliesTo: ['post', 'thread', 'comment', 'newsletter', 'dm', 'invite'],
    category: 'problem',
    schema: { type: 'object', additionalProperties: false, properties: {} },
  },
  check(context) {
    const { document } = context;
    if (document.type !== 'post' || !document.tree) return;
    for (const node of treeNodes(document.tree) as Nodes[]) {
      const position = node.position;
      if (!position) continue;
      const at: SourceLocation = { line: position.start.line, column: position.start.column };
      const endAt: SourceLocation = { line: position.end.line, column: position.end.column };
      let alt: string | null | undefined;
      if (node.type === 'image' || node.type === 'imageReference') alt = node.alt;
      else if (node.type === 'html' && /^<img\b/i.test(node.value.trim())) alt = htmlAlt(node.value);
      else continue;
      const problem = altProblem(alt ?? '', node.type === 'image' ? node.url : undefined);
      if (problem) context.report({ message: problem, loc: { at, endAt } });
    }
  },
};

function altProblem(alt: string, url: string | undefined): string | undefined {
  const text = alt.trim();
  if (!text) return 'Image without alt text: people who use screen readers, or whose images do not load, miss it. Describe what it shows.';
  const plain = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  const fileName = url?.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1);
  if (FILE_NAME.test(text) || CAMERA_NAME.test(text) || (fileName !== undefined && text === decodeSafe(fileName))) {
    return `Alt text "${text}" is a file name, not a description. Say what the image shows.`;
  }
  if (!plain || PLACEHOLDERS.has(plain) || /^(?:an? |the |my )?(?:image|photo|picture|screenshot) (?:of|\d+)?$/.test(plain)) {
    return `Alt text "${text}" describes nothing. Say what the image shows (people, text in it, why it matters).`;
  }
  return undefined;
}

/** The alt attribute of an `<img>` tag; null when there is none. */
function htmlAlt(html: string): string | null {
  const match = html.match(/\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export default rule;
