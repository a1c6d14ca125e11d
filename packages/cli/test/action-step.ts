import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ActionStep {
  name?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
export interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export const readAction = (file: string): Action => parse(readFileSync(file, 'utf8')) as Action;

/** `${{ inputs.name }}` as GitHub evaluates it, from the inputs given or their defaults. */
function evaluate(action: Action, value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in action.inputs)) throw new Error(`action.yml uses an undeclared input ${name}`);
    return inputs[name] ?? action.inputs[name].default ?? '';
  });
}

/**
 * Runs the action's lint step as the runner would (bash, the step's env), in `workspace`, with the
 * action checked out at `actionPath`. Throws when no step runs dflint.js or it is not a bash step.
 */
export function runLintStep(action: Action, actionPath: string, workspace: string, inputs: Record<string, string>): SpawnSyncReturns<string> {
  const step = action.runs.steps.find((each) => each.run?.includes('dflint.js'));
  if (!step?.run) throw new Error('action.yml has no step running dflint');
  if (step.shell !== 'bash') throw new Error(`the lint step runs in ${step.shell}, not bash`);
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, evaluate(action, value, inputs)]));
  return spawnSync('bash', ['-e', '-c', evaluate(action, step.run, inputs)], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_ACTION_PATH: actionPath, NO_COLOR: '1' },
  });
}
