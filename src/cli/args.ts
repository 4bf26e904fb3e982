import { parseArgs } from 'node:util';

/** `--name value` options for the command-line tools, with a usage line on error. */
export function cliOptions<const T extends Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>>(
  spec: T,
  usage: string,
) {
  try {
    return parseArgs({ options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(64);
  }
}
