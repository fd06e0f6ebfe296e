import { expect, test } from 'vitest';
import { FORMS_BUDGET_GZIP_BYTES, formControlSizes } from '../../packages/components/examples/forms/size.ts';

test('all form controls together stay within 25 KB gzip on top of Lit', async () => {
  const { withoutLit, withLit } = await formControlSizes();
  expect(withoutLit.gzip).toBeGreaterThan(1000);
  expect(withLit.gzip).toBeGreaterThan(withoutLit.gzip);
  expect(withoutLit.gzip, `form controls are ${withoutLit.gzip} bytes gzip`).toBeLessThanOrEqual(
    FORMS_BUDGET_GZIP_BYTES,
  );
});
