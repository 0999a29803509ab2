import type { CliCommand } from '../command.ts';
import { configCommand } from './config.ts';
import { sandboxCommand } from './sandbox.ts';

/** Every `scribe` command, by name. Add a command by adding its file and one line here. */
export const commands: Record<string, CliCommand> = {
  config: configCommand,
  sandbox: sandboxCommand,
};
