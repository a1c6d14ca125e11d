import { offlineFromEnv } from '@dflint/config';
import type { ProjectSettings } from './project-config';
import type { RegistryInput } from './registry-options';
import type { Settings } from './settings';

/**
 * The registry settings for one document: its config's keys; offline when the config, the editor
 * (dflint.offline) or DFLINT_OFFLINE (as the CLI reads it: any value but empty, 0, false, no) says so.
 */
export function registryInputOf(project: ProjectSettings, settings: Settings, env: NodeJS.ProcessEnv = process.env): RegistryInput {
  const input: RegistryInput = { ...project.registry };
  if (offlineFromEnv(env) || settings.offline) input.offline = true;
  return input;
}
