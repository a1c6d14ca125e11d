import * as path from 'node:path';
import { rules } from '@dflint/rules';
import { CONFIG_FILE_NAMES, ConfigError, ConfigLoader, describeHadolintNote, HADOLINT_FILE_NAMES, type RegistrySettings, type RuleSettings } from '@dflint/config';

/** A config file the CLI would stop on: shown on the Dockerfile, not thrown. */
export interface ConfigProblem {
  /** `.dflintrc.json:4: rules.layer-count: …`, the file relative to the workspace */
  message: string;
  /** absolute */
  file: string;
  /** 0-based, when known */
  line?: number;
}

/** What the project's config files (`.dflintrc.*`, package.json `dflint`, `.hadolint.yaml`) say about one Dockerfile. */
export interface ProjectSettings {
  rules: RuleSettings;
  /** matched by the config's ignorePatterns: the CLI does not lint it, so the editor shows nothing */
  ignored: boolean;
  /** absolute build context folder the config sets */
  context?: string;
  /** the config's registry keys (`offline`, `registryMirrors`, …), those it sets */
  registry: RegistrySettings;
  problem?: ConfigProblem;
}

const NONE: ProjectSettings = { rules: {}, ignored: false, registry: {} };

/**
 * The CLI's config lookup for documents in the editor. Config files change while the editor is
 * open, so the lookup cache is dropped on open, save and when a watched config file changes.
 */
export class ProjectConfig {
  private readonly loader: ConfigLoader;

  constructor(
    private readonly baseDir: () => string | undefined,
    log: (message: string) => void,
  ) {
    this.loader = new ConfigLoader({ rules, onNote: (note) => log(describeHadolintNote(note, this.baseDir() ?? path.dirname(note.file))) });
  }

  /** `dockerfilePath` need not exist (an untitled document is looked up as if in the workspace folder). */
  forDocument(dockerfilePath: string | undefined): ProjectSettings {
    if (!dockerfilePath) return NONE;
    try {
      const { config } = this.loader.loadConfigFor(dockerfilePath);
      const settings: ProjectSettings = { rules: config.settings, ignored: config.ignored, registry: config.registry ?? {} };
      if (config.context !== undefined) settings.context = config.context;
      return settings;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return { ...NONE, problem: this.problemOf(error, dockerfilePath) };
    }
  }

  clear(): void {
    this.loader.clearCache();
  }

  private problemOf(error: ConfigError, dockerfilePath: string): ConfigProblem {
    const problem: ConfigProblem = { message: error.describe(this.baseDir() ?? path.dirname(dockerfilePath)), file: error.file };
    if (error.line !== undefined) problem.line = error.line - 1;
    return problem;
  }
}

/** The config files whose changes matter, as LSP file-watcher globs. */
export const CONFIG_FILE_GLOBS = [...CONFIG_FILE_NAMES, ...HADOLINT_FILE_NAMES].map((name) => `**/${name}`);
