/** socialint's Node API. */
export { lintFiles, lintFilesEach, lintText, type LintOptions, type LintTextOptions, type ResultSink } from './engine/lint.js';
export { loadConfig, type LoadConfigOptions } from './config/load.js';
export { getFormatter, loadFormatter, formatterNames, type Formatter, type FormatterContext, type LoadedFormatter, type ReportStream, type StreamingFormatter } from './formatters/index.js';
export { builtinRules } from '../rules/index.js';
export { PLATFORM_SPECS, measure, extractEntities } from './platforms/index.js';
export type { Entities, Measurement, MeasureOptions } from './platforms/index.js';
export { UsageError, ConfigError } from './config/errors.js';
export type * from './types.js';
export type { ConfigData, LoadedConfig, Override, RuleEntry } from './config/types.js';
