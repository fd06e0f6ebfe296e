// Sub-commands plug into `druk-audit <name> …` through this registry, so other parts of the package
// (the competition tools in src/competition/) add commands without editing the main command line.
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a sub-command writes; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars only then). */
  isTTY: boolean;
  cwd: string;
}

export interface CliSubcommand {
  /** The word after `druk-audit`, e.g. "competition". */
  name: string;
  /** One line for `druk-audit --help`. */
  summary: string;
  /** Runs with the arguments after the name; resolves to the exit code (0 ok, 1 failed check, 2 usage error). */
  run(args: string[], io: CliIO): Promise<number>;
}

const registry = new Map<string, CliSubcommand>();

export function registerSubcommand(command: CliSubcommand): void {
  if (registry.has(command.name)) throw new Error(`druk-audit sub-command "${command.name}" is registered twice`);
  registry.set(command.name, command);
}

export function subcommands(): CliSubcommand[] {
  return [...registry.values()];
}

export function findSubcommand(name: string): CliSubcommand | undefined {
  return registry.get(name);
}

/**
 * Modules that register sub-commands when imported. Each default-exports a CliSubcommand or an array of them.
 * A module that is not there (a slimmer build) is skipped.
 */
const SUBCOMMAND_MODULES = ['./competition/cli'];
/** `.ts` in the workspace, `.js` in the published package (compiled into dist/). */
const MODULE_EXTENSION = extname(fileURLToPath(import.meta.url));

export async function loadSubcommands(): Promise<void> {
  for (const specifier of SUBCOMMAND_MODULES) {
    const url = new URL(`${specifier}${MODULE_EXTENSION}`, import.meta.url);
    if (!existsSync(fileURLToPath(url))) continue;
    const module = (await import(url.href)) as { default?: CliSubcommand | CliSubcommand[] };
    const commands = module.default ? [module.default].flat() : [];
    for (const command of commands) if (!registry.has(command.name)) registerSubcommand(command);
  }
}
