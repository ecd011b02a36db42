import { readTextFile } from '../read.js';
import type { Profile, ProfileImage } from '../../types.js';
import { BLUESKY_PROFILE_TYPE } from './claims.js';
import { EntryProblem } from './errors.js';
import { child, jsonField, parseJsonEntry, stringAt, type JsonNode } from './json.js';
import { EntryText } from './source-text.js';


/**
 * A Bluesky profile record (`$type: app.bsky.actor.profile`) saved as JSON. Avatar and banner are
 * blob references: the record says there is a picture, not how large it is.
 */
export async function readBluesky(filePath: string, maxBytes?: number): Promise<Profile> {
  const file = new EntryText(undefined, await readTextFile(filePath, maxBytes));
  const root = parseJsonEntry(file);
  // A record fetched through the API is wrapped as { uri, cid, value: { … } }.
  const record = stringAt(root, '$type') === BLUESKY_PROFILE_TYPE ? root : child(root, 'value');
  if (stringAt(record, '$type') !== BLUESKY_PROFILE_TYPE) {
    throw new EntryProblem(`Not a Bluesky profile record: "$type" is not "${BLUESKY_PROFILE_TYPE}".`, file.at(root.offset));
  }
  const profile: Profile = {
    platform: 'bluesky',
    adapter: 'bluesky-profile',
    websites: [],
    fields: [],
    positions: [],
    education: [],
    skills: [],
    at: file.at(record!.offset),
  };
  const displayName = jsonField(file, child(record, 'displayName'));
  const description = jsonField(file, child(record, 'description'));
  if (displayName) profile.displayName = displayName;
  if (description) profile.bio = description;
  profile.photo = blob(file, child(record, 'avatar'));
  profile.header = blob(file, child(record, 'banner'));
  return profile;
}

function blob(file: EntryText, node: JsonNode | undefined): ProfileImage | null {
  return node?.type === 'object' ? { at: file.at(node.offset) } : null;
}
