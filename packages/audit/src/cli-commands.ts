// Sub-commands plug into `druk-audit <name> …` through this registry, so other packages (the competition
// tools in @druk/competition) add commands without editing the main command line.

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
 * Packages that add a command to druk-audit when they are installed beside it; each default-exports a
 * CliSubcommand (or an array). They depend on @druk/audit and not the other way round: the audit engine knows
 * only their names, so it is installed, built and tested without rounds and evaluators.
 */
const COMMAND_PACKAGES: readonly { command: string; packageName: string; module: string }[] = [
  { command: 'competition', packageName: '@druk/competition', module: '@druk/competition/cli' },
];

/** True when `error` says that `packageName` itself is not installed (not one of its own imports). */
function isMissingPackage(error: unknown, packageName: string): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === 'ERR_MODULE_NOT_FOUND' && Boolean(message?.includes(`'${packageName}'`));
}

/** Registers the commands of every command package that is installed; the others are left out. */
export async function loadSubcommands(): Promise<void> {
  for (const source of COMMAND_PACKAGES) {
    if (registry.has(source.command)) continue;
    let module: { default?: CliSubcommand | CliSubcommand[] };
    try {
      // A variable specifier: the audit has no compile-time dependency on the packages that extend it.
      const specifier: string = source.module;
      module = (await import(specifier)) as typeof module;
    } catch (error) {
      if (isMissingPackage(error, source.packageName)) continue;
      throw error;
    }
    const commands = module.default ? [module.default].flat() : [];
    for (const command of commands) if (!registry.has(command.name)) registerSubcommand(command);
  }
}

/** The package to install for `druk-audit <command>` when that command comes from a package not installed. */
export function packageForCommand(command: string): string | undefined {
  if (registry.has(command)) return undefined;
  return COMMAND_PACKAGES.find((source) => source.command === command)?.packageName;
}
