// dflint's programmatic API: the config files the CLI reads, for other tools (they live in @dflint/config).
export {
  ConfigLoader,
  ConfigError,
  CONFIG_FILE_NAMES,
  HADOLINT_FILE_NAMES,
  describeHadolintNote,
  applySettings,
  type ConfigForFile,
  type ConfigLoaderOptions,
  type EffectiveConfig,
  type HadolintNote,
  type RuleSettings,
} from '@dflint/config';
