import { rules } from './index';
import { readHadolintCases, replayCase, caseReference } from './hadolint-replay';
test('detail', async () => {
  const codes = (process.env.CODES ?? '').split(',');
  const out: string[] = [];
  for (const c of readHadolintCases()!.filter((c) => codes.includes(c.rule))) {
    const o = await replayCase(c, rules);
    if (!o.agrees) out.push(`${c.rule} ${c.mode} ${caseReference(c.source)} expect=${c.expect}${c.count ? 'x' + c.count : ''} found=${o.found} :: ${c.name}\n    ${JSON.stringify(c.dockerfile)}`);
  }
  console.log(out.join('\n'));
}, 300000);
