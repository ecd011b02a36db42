import type { PostDocument, Profile, ProfileImage, Prose, SourceLocation } from '../../types.js';
import { exportDate } from './dates.js';
import type { EntryReader, ExportRead } from './entries.js';
import { historyPost, inRange, type HistoryOptions } from './history.js';
import { htmlField } from './html-text.js';
import { measuredImage } from './images.js';
import { child, elements, jsonField, parseJsonEntry, stringAt, stringOffsets, type JsonNode } from './json.js';
import { ARCHIVE_LIMITS } from './limits.js';
import { rewriteProse } from './source-text.js';

/**
 * X's "Download an archive of your data": `data/*.js` files, each `window.YTD.<name>.part0 = [...]`.
 * account.js holds the username and display name, profile.js the bio, website, location and
 * the URLs of avatar and header (whose files are in data/profile_media/).
 */
export async function readX(reader: EntryReader, history: HistoryOptions | undefined): Promise<ExportRead> {
  const json = async (name: string, required: boolean) => {
    const file = await reader.text(name, required);
    const root = file && reader.attempt(name, () => parseJsonEntry(file, { ytd: true }));
    return file && root ? { file, root } : undefined;
  };
  const account = await json('data/account.js', true);
  const profileJs = await json('data/profile.js', true);
  const profile: Profile = {
    platform: 'x',
    adapter: 'x-archive',
    websites: [],
    fields: [],
    positions: [],
    education: [],
    skills: [],
    at: { entry: `${reader.root}data/profile.js`, line: 1, column: 1 },
  };
  if (account) {
    const a = child(account.root, 0, 'account');
    const username = jsonField(account.file, child(a, 'username'));
    const displayName = jsonField(account.file, child(a, 'accountDisplayName'));
    if (username) profile.username = username;
    if (displayName) profile.displayName = displayName;
  }
  if (profileJs) {
    const { file, root } = profileJs;
    const p = child(root, 0, 'profile');
    if (p) profile.at = file.at(p.offset);
    const bio = jsonField(file, child(p, 'description', 'bio'));
    const website = jsonField(file, child(p, 'description', 'website'));
    const location = jsonField(file, child(p, 'description', 'location'));
    if (bio) profile.bio = bio;
    if (website) profile.websites.push(website);
    if (location) profile.location = location;
    // Without a profile object the archive says nothing about the pictures either way.
    if (p) {
      profile.photo = await image(reader, child(p, 'avatarMediaUrl'), file.at.bind(file), /default_profile_images/);
      profile.header = await image(reader, child(p, 'headerMediaUrl'), file.at.bind(file));
    }
  }
  return { profile, posts: history ? await tweets(reader, history) : [] };
}

/** An avatar or header: null when unset (or X's default egg), measured when its file is in the archive. */
async function image(reader: EntryReader, node: JsonNode | undefined, at: (offset: number) => SourceLocation, isDefault?: RegExp): Promise<ProfileImage | null> {
  const url = node?.type === 'string' ? (node.value as string).trim() : '';
  if (!url || isDefault?.test(url)) return null;
  const base = url.split(/[?#]/)[0]!.split('/').pop()!;
  const [entry] = reader.matching(/^data\/profile_media\/[^/]+$/).filter((n) => n.endsWith(`-${base}`) || n.endsWith(`/${base}`));
  const data = entry ? await reader.bytes(reader.root + entry, ARCHIVE_LIMITS.maxImageBytes) : undefined;
  return measuredImage(at(node!.offset + 1), entry && reader.root + entry, data);
}

/** Own tweets from tweets.js (tweet.js in older archives, -partN for large ones); retweets are others' words. */
async function tweets(reader: EntryReader, history: HistoryOptions): Promise<PostDocument[]> {
  const posts: PostDocument[] = [];
  for (const name of reader.matching(/^data\/tweets?(-part\d+)?\.js$/)) {
    const file = await reader.text(name, false);
    const root = file && reader.attempt(name, () => parseJsonEntry(file, { ytd: true }));
    if (!file || !root) continue;
    for (const item of elements(root)) {
      const tweet = child(item, 'tweet');
      const text = child(tweet, 'full_text') ?? child(tweet, 'text');
      if (text?.type !== 'string' || /^RT @\w+:/.test(text.value as string)) continue;
      const date = exportDate(stringAt(tweet, 'created_at'));
      if (!inRange(date, history.since)) continue;
      // The archive keeps &amp; &lt; &gt; escaped as the web showed them; the author typed & < >.
      const offsets = stringOffsets(file, text);
      const field = htmlField(file, text.value as string, (i) => offsets[i] ?? text.offset + 1, false);
      if (field) posts.push(historyPost({ platform: 'x', prose: expandLinks(field.prose, child(tweet, 'entities', 'urls')), entry: file.entry!, date }, history));
    }
  }
  return posts;
}


/**
 * X stores every link of a tweet as t.co in `full_text` and the address the person typed in
 * `entities.urls[].expanded_url`; the post rules should judge what the person wrote.
 */
function expandLinks(prose: Prose, urls: JsonNode | undefined): Prose {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const entry of elements(urls)) {
    const short = stringAt(entry, 'url');
    const expanded = stringAt(entry, 'expanded_url');
    if (!short || !expanded) continue;
    for (let i = prose.text.indexOf(short); i !== -1; i = prose.text.indexOf(short, i + short.length)) {
      edits.push({ start: i, end: i + short.length, text: expanded });
    }
  }
  return edits.length ? rewriteProse(prose, edits) : prose;
}
