import type { PostDocument, Profile, ProfileField, ProfileImage } from '../../types.js';
import { exportDate } from './dates.js';
import type { EntryReader, ExportRead } from './entries.js';
import { historyPost, inRange, type HistoryOptions } from './history.js';
import { htmlField } from './html-text.js';
import { measuredImage } from './images.js';
import { child, elements, jsonField, parseJsonEntry, stringOffsets, type JsonNode } from './json.js';
import { ARCHIVE_LIMITS } from './limits.js';
import { joinProse, type EntryText } from './source-text.js';

/**
 * Mastodon's account archive: actor.json is an ActivityPub Person (bio and field values are HTML),
 * its icon and image point at avatar/header files in the archive; outbox.json holds the posts.
 */
export async function readMastodon(reader: EntryReader, history: HistoryOptions | undefined): Promise<ExportRead> {
  const file = await reader.text('actor.json', true);
  const root = file && reader.attempt('actor.json', () => parseJsonEntry(file));
  const profile: Profile = {
    platform: 'mastodon',
    adapter: 'mastodon-archive',
    websites: [],
    fields: [],
    positions: [],
    education: [],
    skills: [],
    at: file && root ? file.at(root.offset) : { entry: `${reader.root}actor.json`, line: 1, column: 1 },
  };
  if (file && root) {
    const username = jsonField(file, child(root, 'preferredUsername'));
    const name = jsonField(file, child(root, 'name'));
    const bio = html(file, child(root, 'summary'));
    if (username) profile.username = username;
    if (name) profile.displayName = name;
    if (bio) profile.bio = bio;
    for (const attachment of elements(child(root, 'attachment'))) {
      if ((child(attachment, 'type')?.value as string | undefined) !== 'PropertyValue') continue;
      const fieldName = jsonField(file, child(attachment, 'name'));
      const value = html(file, child(attachment, 'value'));
      if (fieldName && value) profile.fields.push({ name: fieldName, value });
      if (value && /^https?:\/\/\S+$/.test(value.value)) profile.websites.push(value);
    }
    profile.photo = await image(reader, file, child(root, 'icon'));
    profile.header = await image(reader, file, child(root, 'image'));
  }
  return { profile, posts: history ? await outbox(reader, history) : [] };
}

function html(file: EntryText, node: JsonNode | undefined): ProfileField | undefined {
  if (node?.type !== 'string') return undefined;
  const offsets = stringOffsets(file, node);
  return htmlField(file, node.value as string, (i) => offsets[i] ?? node.offset + 1);
}

/** `icon`/`image` is `{ type: Image, url: "avatar.png" }`, the url relative to the archive root. */
async function image(reader: EntryReader, file: EntryText, node: JsonNode | undefined): Promise<ProfileImage | null> {
  const url = child(node, 'url');
  if (url?.type !== 'string' || !(url.value as string).trim()) return null;
  const relative = (url.value as string).replace(/^\.?\//, '');
  const entry = reader.has(relative) ? reader.root + relative : undefined;
  const data = entry ? await reader.bytes(entry, ARCHIVE_LIMITS.maxImageBytes) : undefined;
  return measuredImage(file.at(url.offset + 1), entry, data);
}

/** The person's own posts: `Create` activities of the outbox (boosts are `Announce`, others' words). */
async function outbox(reader: EntryReader, history: HistoryOptions): Promise<PostDocument[]> {
  const file = await reader.text('outbox.json', false);
  const root = file && reader.attempt('outbox.json', () => parseJsonEntry(file));
  if (!file || !root) return [];
  const posts: PostDocument[] = [];
  for (const activity of elements(child(root, 'orderedItems'))) {
    if (child(activity, 'type')?.value !== 'Create') continue;
    const object = child(activity, 'object');
    const content = html(file, child(object, 'content'));
    // The content warning is part of the post: Mastodon counts it towards the limit too.
    const warning = jsonField(file, child(object, 'summary'));
    const date = exportDate((child(object, 'published') ?? child(activity, 'published'))?.value as string | undefined);
    if (!content || !inRange(date, history.since)) continue;
    const prose = warning ? joinProse([warning.prose, content.prose], '\n\n') : content.prose;
    posts.push(historyPost({ platform: 'mastodon', prose, entry: file.entry!, date }, history));
  }
  return posts;
}
