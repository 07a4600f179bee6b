import { Command, CommanderError } from 'commander';
import { ConfigError } from '@claimlane/server-config';
import { checkCommand } from './check.command';
import { CliError, EXIT_ERROR, EXIT_OK, EXIT_USAGE } from './exit-codes';
import { import835Command } from './import-835.command';
import { tenantLifecycleCommands } from './tenant-lifecycle.command';
import { verifyExportCommand } from './verify-export.command';
import { rootPackageVersion } from './package-version';

export function buildProgram(): Command {
  const program = new Command('claimlane')
    .description(
      'Claimlane command line: check denial letters and 835 remittances, import 835 denials',
    )
    .version(rootPackageVersion(), '-V, --version', 'print the Claimlane version')
    // Throw instead of exiting inside commander, so usage errors map to exit code 2 in one place.
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 error, 2 usage, 3 document needs OCR (check).
Reports contain PHI: they are written to stdout only and never logged.`,
    );
  // Subcommands inherit exitOverride and the help-after-error setting when added after them.
  for (const sub of [
    checkCommand(),
    import835Command(),
    ...tenantLifecycleCommands(),
    verifyExportCommand(),
  ]) {
    sub.copyInheritedSettings(program);
    program.addCommand(sub);
  }
  return program;
}

/**
 * Runs the CLI and returns the exit code instead of exiting, so stdout is flushed by a normal exit.
 * Only messages reach stderr, never stacks or document content: unexpected errors print their
 * message (set CLAIMLANE_DEBUG=1 for the stack).
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; everything else commander rejects is usage.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof CliError) {
      console.error(`claimlane: ${e.message}`);
      return e.exitCode;
    }
    if (e instanceof ConfigError) {
      console.error(`claimlane: ${e.message}`);
      return EXIT_ERROR;
    }
    console.error(`claimlane: unexpected error: ${(e as Error | undefined)?.message ?? String(e)}`);
    if (process.env.CLAIMLANE_DEBUG) console.error((e as Error | undefined)?.stack);
    return EXIT_ERROR;
  }
}
