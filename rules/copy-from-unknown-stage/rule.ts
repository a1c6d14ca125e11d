import { defineRule, stageNamed } from '@dflint/core/rule-kit';

export default defineRule({
  meta: {
    name: 'copy-from-unknown-stage',
    description: 'COPY --from naming no earlier stage: Docker pulls an image of that name, or fails',
    category: 'correctness',
    severity: 'warning',
    fixable: false,
    aliases: ['DL3022'],
  },
  check({ document, report }) {
    for (const stage of document.stages) {
      for (const copy of stage.instructions) {
        const from = copy.keyword === 'COPY' ? copy.flags.find((flag) => flag.name === 'from' && flag.value !== null) : undefined;
        const reference = from?.value;
        // an image reference (`--from=nginx:1.27`), or a variable the build fills in
        if (!from || !reference || reference.includes(':') || reference.includes('$')) continue;
        if (stageNamed(document, reference, stage.index) !== undefined) continue;
        // its own stage is copy-from-own-stage's
        if (stage.name !== undefined && stage.name === reference.toLowerCase()) continue;
        const later = stageNamed(document, reference);
        let message: string;
        if (later === stage.index) message = `COPY --from=${reference} names the stage it is in: copy from an earlier stage`;
        else if (later !== undefined) message = `COPY --from=${reference} names a stage defined further down: define it before this stage`;
        else if (/^\d+$/.test(reference)) message = `COPY --from=${reference}: there is no stage ${reference} before this one (stages count from 0)`;
        else if (reference.includes('/')) message = `COPY --from=${reference} pulls the image ${reference} with no tag (no stage has that name): pin a tag (${reference}:<version>) or name an earlier stage`;
        else message = `COPY --from=${reference} names no stage: unless the build passes --build-context ${reference}=…, Docker pulls the image ${reference}; name an earlier stage, or a tagged image (${reference}:<version>)`;
        report({ range: from.range, message, ...(later !== undefined && later !== stage.index ? { related: [{ range: document.stages[later].from.range, message: `the stage ${reference} is defined here` }] } : {}) });
      }
    }
  },
});
