import type { CliCommand } from '../command.ts';
import { actionItemsCommand } from './action-items.ts';
import { configCommand } from './config.ts';
import { lintCommand } from './lint.ts';
import { sandboxCommand } from './sandbox.ts';

/** Every `scribe` command, by name. Add a command by adding its file and one line here. */
export const commands: Record<string, CliCommand> = {
  'action-items': actionItemsCommand,
  config: configCommand,
  lint: lintCommand,
  sandbox: sandboxCommand,
};
