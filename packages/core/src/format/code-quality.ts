import type { Severity } from '../engine/rule';

/** Code Climate / GitLab Code Quality severities, in dflint's order: blocker is left to gates. */
export const CODE_QUALITY_SEVERITY: Record<Severity, 'critical' | 'major' | 'minor' | 'info'> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  style: 'info',
};
