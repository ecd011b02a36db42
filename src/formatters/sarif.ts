import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageVersion } from '../package-root.js';
import type { LintMessage, RuleMeta } from '../types.js';
import { CORE_RULE_DESCRIPTION, CORE_RULE_ID, docsMarkdown, docsUrl, relativePath } from './common.js';
import type { Formatter } from './types.js';

/**
 * SARIF 2.1.0, the format code scanning (GitHub, Azure DevOps, IDE viewers) reads. Paths are relative
 * to SRCROOT (the folder socialint ran in) so alerts land on the repository's files. A finding inside
 * an archive is placed on the archive (the file a viewer can open) and, through a related location,
 * on the nested artifact (`export.zip` → `Profile.csv`) with the real line and column.
 */
const sarif: Formatter = (results, context) => {
  const rules = new RuleTable(context.rulesMeta);
  const artifacts = new ArtifactTable(context.cwd);
  const sarifResults = [];

  for (const result of results) {
    const fileIndex = artifacts.file(result.filePath);
    for (const message of result.messages) {
      sarifResults.push(toResult(message, fileIndex, rules, artifacts));
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'socialint',
            version: packageVersion(),
            semanticVersion: packageVersion(),
            rules: rules.descriptors(),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: directoryUrl(context.cwd) } },
        // Our columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        artifacts: artifacts.list,
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toResult(message: LintMessage, fileIndex: number, rules: RuleTable, artifacts: ArtifactTable) {
  const ruleId = message.ruleId ?? CORE_RULE_ID;
  const region = {
    startLine: message.line,
    startColumn: message.column,
    ...(message.endLine !== undefined ? { endLine: message.endLine } : {}),
    ...(message.endColumn !== undefined ? { endColumn: message.endColumn } : {}),
  };
  const fileLocation = { artifactLocation: artifacts.location(fileIndex) };
  const base = {
    ruleId,
    ruleIndex: rules.index(ruleId),
    level: message.severity === 2 ? 'error' : 'warning',
  };

  if (message.entry) {
    const entryIndex = artifacts.entry(fileIndex, message.entry);
    return {
      ...base,
      message: { text: `${message.entry}:${message.line}:${message.column}: ${message.message}` },
      locations: [{ physicalLocation: fileLocation }],
      relatedLocations: [
        {
          id: 1,
          message: { text: `${message.entry}, line ${message.line}` },
          physicalLocation: { artifactLocation: artifacts.location(entryIndex), region },
        },
      ],
    };
  }

  const fixes = message.fix
    ? [
        {
          description: { text: `Fix from ${ruleId}` },
          artifactChanges: [
            {
              artifactLocation: artifacts.location(fileIndex),
              replacements: [
                {
                  deletedRegion: { charOffset: message.fix.range[0], charLength: message.fix.range[1] - message.fix.range[0] },
                  insertedContent: { text: message.fix.text },
                },
              ],
            },
          ],
        },
      ]
    : undefined;
  return {
    ...base,
    message: { text: message.message },
    locations: [{ physicalLocation: { ...fileLocation, region } }],
    ...(fixes ? { fixes } : {}),
  };
}

/** The run's rules: every configured one, plus any id a finding names that the config does not. */
class RuleTable {
  private readonly ids: string[];
  constructor(private readonly meta: Record<string, RuleMeta>) {
    this.ids = Object.keys(meta).sort();
  }

  index(id: string): number {
    let i = this.ids.indexOf(id);
    if (i === -1) i = this.ids.push(id) - 1;
    return i;
  }

  descriptors() {
    return this.ids.map((id) => {
      const meta = this.meta[id];
      const description = meta?.description ?? (id === CORE_RULE_ID ? CORE_RULE_DESCRIPTION : id);
      const helpUri = docsUrl(meta);
      const markdown = docsMarkdown(meta);
      return {
        id,
        name: id,
        shortDescription: { text: description },
        ...(helpUri ? { helpUri } : {}),
        ...(markdown ? { help: { text: description, markdown } } : {}),
        defaultConfiguration: { level: meta?.defaultSeverity === 'error' ? 'error' : meta?.defaultSeverity === 'off' ? 'none' : 'warning' },
        ...(meta
          ? { properties: { appliesTo: meta.appliesTo, fixable: meta.fixable, ...(meta.category ? { category: meta.category } : {}) } }
          : {}),
      };
    });
  }
}

interface Artifact {
  location: { uri: string; uriBaseId?: string };
  parentIndex?: number;
}

/** Files with findings, and the files inside archives they point into (nested via parentIndex). */
class ArtifactTable {
  readonly list: Artifact[] = [];
  private readonly byKey = new Map<string, number>();
  constructor(private readonly cwd: string) {}

  file(filePath: string): number {
    return this.add(filePath, () => {
      const relative = relativePath(filePath, this.cwd);
      return path.isAbsolute(relative) ? { uri: pathToFileURL(relative).href } : { uri: encodePath(relative), uriBaseId: 'SRCROOT' };
    });
  }

  entry(parent: number, entry: string): number {
    const index = this.add(`${parent}\u0000${entry}`, () => ({ uri: encodePath(entry) }));
    this.list[index]!.parentIndex = parent;
    return index;
  }

  location(index: number) {
    return { ...this.list[index]!.location, index };
  }

  private add(key: string, location: () => Artifact['location']): number {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const index = this.list.push({ location: location() }) - 1;
    this.byKey.set(key, index);
    return index;
  }
}

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodePath(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

function directoryUrl(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export default sarif;
