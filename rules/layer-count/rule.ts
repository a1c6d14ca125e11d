import { defineRule } from '@dflint/core/rule-kit';

/** about where overlay-class storage stops stacking layers (see the README for the exact limits) */
const DRIVER_LIMIT = 127;

export default defineRule<{ max: number }>({
  meta: {
    name: 'layer-count',
    description: "a stage with so many layers that it nears the storage driver's limit of 127",
    category: 'layer-bloat',
    severity: 'warning',
    fixable: false,
    aliases: [],
    options: {
      max: { type: 'integer', minimum: 1, default: 100, description: 'Report a stage with this many layers or more.' },
    },
  },
  check({ document, layers, options, report }) {
    const { max } = options;
    for (const stage of layers.stages) {
      const count = stage.totals.layerCount;
      if (count < max && count < DRIVER_LIMIT) continue;
      const from = document.stages[stage.index].from;
      const own = stage.steps.filter((step) => step.createsLayer).length;
      const inherited = count - own;
      const which = stage.name ? `stage ${stage.name}` : `stage ${stage.index}`;
      const counted = inherited > 0 ? `${count} layers (${inherited} of them from the stages it is built on)` : `${count} layers`;
      const limit =
        count >= DRIVER_LIMIT
          ? `overlay storage fails at about ${DRIVER_LIMIT} layers, the base image's own included`
          : `at most ${max} recommended; overlay storage fails at about ${DRIVER_LIMIT}, base image layers included`;
      report({
        range: from.range,
        message: `${which} makes ${counted}: ${limit}`,
        ...(count >= DRIVER_LIMIT ? { severity: 'error' as const } : {}),
      });
    }
  },
});
