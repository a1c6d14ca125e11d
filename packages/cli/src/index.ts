// dflint's programmatic API: the config files the CLI reads, for the language server and other tools.
export {
  ConfigLoader,
  ConfigError,
  CONFIG_FILE_NAMES,
  HADOLINT_FILE_NAMES,
  describeHadolintNote,
  type ConfigForFile,
  type ConfigLoaderOptions,
  type EffectiveConfig,
  type HadolintNote,
  type RuleSettings,
} from './config';
export { applySettings } from './config/rule-names';
