import type { RegistryInput } from './registry-options';
import type { ProjectSettings } from './project-config';
import type { Settings } from './settings';

/** The CLI's registry options for one document: its config keys; offline when the config, the editor or DFLINT_OFFLINE=1 says so. */
export function registryInputOf(project: ProjectSettings, settings: Settings, env: NodeJS.ProcessEnv = process.env): RegistryInput {
  const { registry } = project;
  const input: RegistryInput = {
    offline: env.DFLINT_OFFLINE === '1' || settings.offline || registry.offline === true,
    mirrors: registry.mirrors ?? {},
    insecureRegistries: registry.insecureRegistries ?? [],
  };
  if (registry.networkBudgetBytes !== undefined) input.networkBudgetBytes = registry.networkBudgetBytes;
  if (registry.platform !== undefined) input.platform = registry.platform;
  return input;
}
