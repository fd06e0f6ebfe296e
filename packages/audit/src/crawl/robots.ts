// robots.txt (RFC 9309): the group for our user agent (or "*"), longest match wins, Allow wins a tie.

export const USER_AGENT_TOKEN = 'druk-audit';

interface RuleLine {
  allow: boolean;
  pattern: string;
}

export interface Robots {
  isAllowed(url: string): boolean;
  sitemaps: string[];
}

function matches(pattern: string, path: string): boolean {
  // "*" matches any run of characters, a trailing "$" anchors the end.
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

export function parseRobots(text: string): Robots {
  const groups: { agents: string[]; rules: RuleLine[] }[] = [];
  const sitemaps: string[] = [];
  let current: { agents: string[]; rules: RuleLine[] } | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const separator = line.indexOf(':');
    if (separator < 0) continue;
    const field = line.slice(0, separator).trim().toLowerCase();
    const value = line.slice(separator + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (field === 'sitemap' && value) sitemaps.push(value);
    else if ((field === 'allow' || field === 'disallow') && current && value) {
      current.rules.push({ allow: field === 'allow', pattern: value });
    }
  }
  const ours = groups.filter((group) =>
    group.agents.some((agent) => agent !== '*' && USER_AGENT_TOKEN.includes(agent)),
  );
  const chosen = ours.length ? ours : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules);
  return {
    sitemaps,
    isAllowed(url: string) {
      const parsed = new URL(url);
      const path = parsed.pathname + parsed.search;
      let best: RuleLine | undefined;
      for (const rule of rules) {
        if (!matches(rule.pattern, path)) continue;
        if (
          !best ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        ) {
          best = rule;
        }
      }
      return best ? best.allow : true;
    },
  };
}

export const ALLOW_ALL: Robots = { isAllowed: () => true, sitemaps: [] };

/** URLs in a sitemap or sitemap index (<loc> elements); `nested` lists the child sitemaps of an index. */
export function parseSitemap(xml: string): { urls: string[]; nested: string[] } {
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) => decodeXml(match[1] ?? ''));
  return /<sitemapindex[\s>]/i.test(xml) ? { urls: [], nested: locs } : { urls: locs, nested: [] };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
