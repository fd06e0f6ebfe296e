import type { Browser } from 'playwright-core';

export declare const CHROMIUM_ARGS: readonly string[];
export declare const CHROMIUM_CANDIDATES: string[];
export declare const NO_CHROMIUM_HELP: string;
export declare function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export declare function requireChromium(): string;
export interface ChromiumOverrides {
  headless?: boolean;
  args?: string[];
}
export declare function chromiumLaunchOptions(overrides?: ChromiumOverrides): {
  executablePath: string;
  headless: boolean;
  args: string[];
};
export declare function launchChromium(overrides?: ChromiumOverrides): Promise<Browser>;
