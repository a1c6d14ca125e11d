import { type ConfigText } from './config-text';
/** Parses a YAML config file; a syntax error is a ConfigError with its line and the key it is in. */
export declare function parseYamlConfig(text: string, file: string): ConfigText;
