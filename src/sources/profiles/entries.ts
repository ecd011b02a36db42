import type { LintMessage, PostDocument, Profile } from '../../types.js';
import { decodeText, UnreadableFileError } from '../read.js';
import type { ExportContainer } from './container.js';
import { EntryProblem, problemMessage } from './errors.js';
import { EntryText } from './source-text.js';

/** What an adapter makes of an export: the profile, and with --history its posts. */
export interface ExportRead {
  profile: Profile;
  posts: PostDocument[];
}

/**
 * Reads entries of one export and collects what goes wrong as findings on those entries, so a
 * missing or malformed file is reported where it is and the rest of the export is still linted.
 */
export class EntryReader {
  readonly problems: LintMessage[] = [];

  constructor(
    readonly container: ExportContainer,
    readonly root: string,
  ) {}

  has(name: string): boolean {
    return this.container.names.includes(this.root + name);
  }

  /** Entries under the root matching a pattern (relative names), e.g. the parts of tweets.js. */
  matching(pattern: RegExp): string[] {
    return this.container.names.filter((n) => n.startsWith(this.root) && pattern.test(n.slice(this.root.length))).map((n) => n.slice(this.root.length));
  }

  /** The entry as text; undefined (and a finding) when it cannot be read; `required` reports absence. */
  async text(name: string, required: boolean): Promise<EntryText | undefined> {
    const full = this.root + name;
    if (!this.has(name)) {
      if (required) this.problems.push(problemMessage(`${name} is missing from the export; the profile is read without it.`, { entry: full, line: 1, column: 1 }));
      return undefined;
    }
    try {
      return new EntryText(full, decodeText(await this.container.read(full)));
    } catch (error) {
      this.fail(full, error);
      return undefined;
    }
  }

  async bytes(fullName: string, maxBytes: number): Promise<Buffer | undefined> {
    try {
      return await this.container.read(fullName, maxBytes);
    } catch (error) {
      this.fail(fullName, error, 1);
      return undefined;
    }
  }

  /** Runs a parse step; an EntryProblem or unreadable data becomes a finding, not a crash. */
  attempt<T>(entry: string, step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.fail(this.root + entry, error);
      return undefined;
    }
  }

  fail(entry: string, error: unknown, severity: 1 | 2 = 2): void {
    if (error instanceof EntryProblem) this.problems.push(problemMessage(error.message, error.at, severity));
    else if (error instanceof UnreadableFileError) this.problems.push(problemMessage(error.message, { entry, line: error.line, column: error.column }, severity));
    else throw error;
  }
}
