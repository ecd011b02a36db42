import type { PostDocument, Profile, ProfileEducation, ProfileField, ProfilePosition } from '../../types.js';
import { readCsv, type CsvRow } from './csv.js';
import { exportDate } from './dates.js';
import type { EntryReader, ExportRead } from './entries.js';
import { historyPost, inRange, type HistoryOptions } from './history.js';
import { joinProse, subProse } from './source-text.js';

/**
 * LinkedIn's "Get a copy of your data": CSVs at the root of a ZIP (or its extracted folder).
 * Profile.csv is required; Positions, Education and Skills are absent when the person has none.
 */
export async function readLinkedIn(reader: EntryReader, history: HistoryOptions | undefined): Promise<ExportRead> {
  const table = async (name: string, firstColumn: string, required = false): Promise<CsvRow[]> => {
    const file = await reader.text(name, required);
    return (file && reader.attempt(name, () => readCsv(file, firstColumn))) ?? [];
  };
  const [row] = await table('Profile.csv', 'First Name', true);
  const profile: Profile = {
    platform: 'linkedin',
    adapter: 'linkedin-export',
    websites: row ? websites(row.field('Websites')) : [],
    fields: [],
    positions: (await table('Positions.csv', 'Company Name')).map(position),
    education: (await table('Education.csv', 'School Name')).map(education),
    skills: (await table('Skills.csv', 'Name')).flatMap((r) => r.field('Name') ?? []),
    at: row?.at ?? { entry: `${reader.root}Profile.csv`, line: 1, column: 1 },
  };
  if (row) {
    const first = row.field('First Name');
    const last = row.field('Last Name');
    if (first || last) {
      const parts = [first, last].filter((f): f is ProfileField => f !== undefined);
      profile.displayName = { value: parts.map((p) => p.value).join(' '), prose: joinProse(parts.map((p) => p.prose), ' ') };
    }
    assign(profile, 'headline', row.field('Headline'));
    assign(profile, 'bio', row.field('Summary'));
    assign(profile, 'industry', row.field('Industry'));
    assign(profile, 'location', row.field('Geo Location'));
  }
  const posts: PostDocument[] = [];
  if (history) {
    for (const share of await table('Shares.csv', 'Date')) {
      const text = share.field('ShareCommentary');
      const date = exportDate(share.value('Date'));
      if (text && inRange(date, history.since)) posts.push(historyPost({ platform: 'linkedin', prose: text.prose, entry: `${reader.root}Shares.csv`, date }, history));
    }
    for (const invite of await table('Invitations.csv', 'From')) {
      const text = invite.field('Message');
      const date = exportDate(invite.value('Sent At'));
      if (!text || invite.value('Direction').trim().toUpperCase() !== 'OUTGOING' || !inRange(date, history.since)) continue;
      const to = invite.value('To').trim() || undefined;
      posts.push(historyPost({ platform: 'linkedin', kind: 'invite', prose: text.prose, entry: `${reader.root}Invitations.csv`, date, to }, history));
    }
  }
  return { profile, posts };
}

function assign(profile: Profile, key: 'headline' | 'bio' | 'industry' | 'location', field: ProfileField | undefined): void {
  if (field) profile[key] = field;
}

/** `[PERSONAL:https://ana.dev,COMPANY:https://acme.example]`: one field per address, labels dropped. */
function websites(cell: ProfileField | undefined): ProfileField[] {
  if (!cell) return [];
  const found: ProfileField[] = [];
  for (const m of cell.value.matchAll(/(?:[A-Z_]+:)?([^,[\]\s]+)/g)) {
    const url = m[1]!;
    if (!/[.:]/.test(url)) continue;
    const start = m.index! + m[0].length - url.length;
    found.push({ value: url, prose: subProse(cell.prose, start, start + url.length) });
  }
  return found;
}

function position(row: CsvRow): ProfilePosition {
  const p: ProfilePosition = { at: row.at };
  const title = row.field('Title');
  const company = row.field('Company Name');
  const description = row.field('Description');
  const location = row.field('Location');
  if (title) p.title = title;
  if (company) p.company = company;
  if (description) p.description = description;
  if (location) p.location = location;
  const started = row.value('Started On').trim();
  const finished = row.value('Finished On').trim();
  if (started) p.startedOn = started;
  if (finished) p.finishedOn = finished;
  return p;
}

function education(row: CsvRow): ProfileEducation {
  const e: ProfileEducation = { at: row.at };
  const school = row.field('School Name');
  const degree = row.field('Degree Name');
  const notes = row.field('Notes');
  if (school) e.school = school;
  if (degree) e.degree = degree;
  if (notes) e.notes = notes;
  return e;
}
