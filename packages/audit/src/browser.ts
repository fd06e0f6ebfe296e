// The one browser of a run, started through @druk/chromium. Its offline flag (only 127.0.0.1 resolves)
// stays on when every site audited is on loopback, so test runs never reach the network; auditing real
// sites needs name resolution, so it is dropped then.
import { chromiumLaunchOptions } from '@druk/chromium';
import { chromium, type Browser } from 'playwright-core';

export async function launchAuditBrowser(urls: string[]): Promise<Browser> {
  const options = chromiumLaunchOptions();
  const allLoopback = urls.every((url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname));
  const args = allLoopback ? options.args : options.args.filter((arg) => !arg.startsWith('--host-resolver-rules'));
  return chromium.launch({ ...options, args });
}
