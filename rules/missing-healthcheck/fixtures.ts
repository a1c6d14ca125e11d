import type { RuleFixtures } from '../harness';

export default { valid: [], invalid: [] } satisfies RuleFixtures;
