// The one browser of a run, started through @druk/chromium. Its offline flag (only 127.0.0.1 resolves)
// stays on when every site audited is on loopback, so test runs never reach the network; auditing real
// sites needs name resolution, so it is dropped then.
import { chromiumLaunchOptions } from '@druk/chromium';
import { chromium, type Browser } from 'playwright-core';

/**
 * Chromium features Playwright (1.65) turns off in every browser it launches. Chromium reads only the last
 * --disable-features switch, so the audit's own switch repeats this list; test/audit/browser.test.ts
 * compares it with what Playwright really passes, so an upgrade that changes it fails there.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = Object.freeze([
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]);

/**
 * RenderDocument gives every new document a new frame host in the renderer, and DevTools then attaches to
 * it afresh, sending the 1 MB of engines injected into each document with it. The audit navigates one tab
 * from page to page, so that was paid on every page: without it a same-site navigation costs a third less
 * CPU and the audit runs about a fifth faster (ADR 0012). Pages cannot tell the difference.
 */
export const AUDIT_DISABLED_FEATURES = Object.freeze(['RenderDocument']);

const switchOf = (features: readonly string[]) => `--disable-features=${features.join(',')}`;

export async function launchAuditBrowser(urls: string[]): Promise<Browser> {
  const options = chromiumLaunchOptions();
  const allLoopback = urls.every((url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname));
  const args = allLoopback ? options.args : options.args.filter((arg) => !arg.startsWith('--host-resolver-rules'));
  return chromium.launch({
    ...options,
    ignoreDefaultArgs: [switchOf(PLAYWRIGHT_DISABLED_FEATURES)],
    args: [...args, switchOf([...PLAYWRIGHT_DISABLED_FEATURES, ...AUDIT_DISABLED_FEATURES])],
  });
}
