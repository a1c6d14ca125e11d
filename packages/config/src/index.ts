// The config API the CLI and the language server share.
export { ConfigLoader, effectiveConfig, type ConfigLoaderOptions, type HadolintNote, describeHadolintNote } from './loader';
export { ConfigError, displayPath, formatKeyPath, type KeyPath } from './errors';
export { CONFIG_FILE_NAMES } from './read-config';
export { HADOLINT_FILE_NAMES, labelSchemaOptions, labelTypes, ruleFor } from './hadolint';
export { applySettings } from './rule-names';
export { PRESETS, presetSettings, type PresetName } from './presets';
export { renderEffectiveConfig } from './print-config';
export { writeStarterConfig, starterConfig, InitError, STARTER_FILE } from './init';
export type { ConfigForFile, ConfigSources, DflintConfig, EffectiveConfig, FailureThreshold, RuleEntry, RuleSettings } from './types';
export { DEFAULT_MAX_FILE_SIZE, maxLinesFor, parseFileSize } from './file-size';
export {
  mirrorsProblem,
  mirrorUrlProblem,
  offlineFromEnv,
  PLATFORM_EXAMPLES,
  readNetworkBudget,
  readPlatform,
  registryNameProblem,
  type RegistrySettings,
} from './registry-settings';
