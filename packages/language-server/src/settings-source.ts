import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

const SECTION = 'dflint';
/** a client that never answers workspace/configuration must not stall diagnostics */
const PULL_TIMEOUT_MS = 1500;

/**
 * Where a document's settings come from: `workspace/configuration` when the client offers it,
 * else what the client pushed (initializationOptions, workspace/didChangeConfiguration).
 */
export class SettingsSource {
  private pushed: Settings = DEFAULT_SETTINGS;
  private readonly byUri = new Map<string, Promise<Settings>>();
  private readonly logged = new Set<string>();

  private canPull = false;

  constructor(private readonly connection: Connection) {}

  /** after initialize: whether the client answers workspace/configuration */
  configure(canPull: boolean): void {
    this.canPull = canPull;
    this.byUri.clear();
  }

  forDocument(uri: string): Promise<Settings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.canPull ? this.pull(uri) : Promise.resolve(this.pushed);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** initializationOptions or a didChangeConfiguration's `settings`: either `{dflint: {...}}` or the section itself */
  push(raw: unknown): void {
    const section = typeof raw === 'object' && raw !== null && SECTION in raw ? (raw as Record<string, unknown>)[SECTION] : raw;
    if (section !== undefined && section !== null) this.pushed = this.read(section);
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private async pull(uri: string): Promise<Settings> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), PULL_TIMEOUT_MS)));
    try {
      const raw = await Promise.race([this.connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION }), timeout]);
      return raw === undefined || raw === null ? this.pushed : this.read(raw);
    } catch {
      return this.pushed;
    } finally {
      clearTimeout(timer);
    }
  }

  private read(raw: unknown): Settings {
    const { settings, problems } = readSettings(raw);
    for (const problem of problems) {
      if (this.logged.has(problem)) continue;
      this.logged.add(problem);
      this.connection.console.warn(`dflint settings: ${problem}`);
    }
    return settings;
  }
}
