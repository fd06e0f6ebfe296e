// The set-up of druk-audit's end-to-end checks: a test server on 127.0.0.1, the audit's own browser (allowed
// to reach that server) and one audit tab, as a worker of the crawl uses them.
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { openTab, type AuditTab } from '../../packages/audit/src/page/audit-page.ts';
import type { LoopbackServer } from './loopback.ts';
import { browserFor, type ServedBrowser } from './served-browser.ts';

export interface ServedAuditTab extends ServedBrowser {
  tab: AuditTab;
  /** Closes the tab's context and opens a new tab, as the crawl does after a page that failed or went elsewhere. */
  replaceTab(): Promise<AuditTab>;
}

/** Launches the audit browser for a started server and opens one audit tab; `close` ends them all. */
export async function openAuditTab(server: LoopbackServer): Promise<ServedAuditTab> {
  const served = await browserFor(server, () => launchAuditBrowser([server.url]));
  try {
    const audit: ServedAuditTab = {
      ...served,
      tab: await openTab(served.browser),
      replaceTab: async () => {
        await audit.tab.context.close();
        audit.tab = await openTab(served.browser);
        return audit.tab;
      },
    };
    return audit;
  } catch (error) {
    await served.close();
    throw error;
  }
}
