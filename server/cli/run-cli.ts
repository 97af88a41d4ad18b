// Runs a command-line entry point: known errors print as one clear line and exit 1, others with their stack.
import { existsSync } from 'node:fs';
import { ConfigError } from '../config/config';
import { CorpusValidationError } from '../ingest/data-issue';

const USER_FACING_ERRORS = [
  'ConfigError',
  'CliError',
  'LocalNeo4jError',
  'MigrationError',
  'QueryRegistryError',
];

/** Reads `.env` from the working folder, when there is one, into the environment (set variables win). */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

/** Calls `main` (after reading `.env`), maps its failures to messages on stderr and a non-zero exit code. */
export function runCli(main: () => Promise<void>): void {
  loadDotEnv();
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof CorpusValidationError) {
        process.stderr.write(`actorgraph: ${error.message}\nNothing was written.\n`);
      } else if (
        error instanceof ConfigError ||
        (error instanceof Error && USER_FACING_ERRORS.includes(error.name))
      ) {
        process.stderr.write(`actorgraph: ${error.message}\n`);
      } else {
        process.stderr.write(`actorgraph: unexpected failure\n${(error as Error)?.stack ?? String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
