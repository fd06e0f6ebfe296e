// Form controls: bundle size against the 25 KB gzip budget, and how long the server renderer takes for
// the example feedback form (12 controls, summary and button) in English and Dzongkha.
import { feedbackPage } from '../../packages/components/examples/forms/page.ts';
import { FORMS_BUDGET_GZIP_BYTES, formControlSizes } from '../../packages/components/examples/forms/size.ts';
import type { Bench, BenchRow } from './types.ts';

const RENDERS = 20;

const bench: Bench = async () => {
  const { withoutLit, withLit } = await formControlSizes();
  const rows: BenchRow[] = [
    { name: 'form controls, minified, without Lit', value: withoutLit.raw, unit: 'bytes' },
    { name: 'form controls, gzip, without Lit', value: withoutLit.gzip, unit: 'bytes' },
    { name: 'form controls budget (gzip, without Lit)', value: FORMS_BUDGET_GZIP_BYTES, unit: 'bytes' },
    { name: 'form controls + Lit, gzip', value: withLit.gzip, unit: 'bytes' },
  ];
  for (const lang of ['en', 'dz'] as const) {
    await feedbackPage({ lang });
    const start = performance.now();
    for (let round = 0; round < RENDERS; round += 1) await feedbackPage({ lang });
    rows.push({
      name: `server render of the feedback form (${lang})`,
      value: ((performance.now() - start) / RENDERS).toFixed(2),
      unit: 'ms',
    });
  }
  return rows;
};

export default bench;
