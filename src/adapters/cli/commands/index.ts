import type { CliCommand } from '../command.ts';
import { actionItemsCommand } from './action-items.ts';
import { alertCommand } from './alert.ts';
import { configCommand } from './config.ts';
import { escalateCommand } from './escalate.ts';
import { lintCommand } from './lint.ts';
import { redeliverFailedCommand } from './redeliver-failed.ts';
import { reportCommand } from './report.ts';
import { sandboxCommand } from './sandbox.ts';
import { scheduleCommand } from './schedule.ts';

/** Every `scribe` command, by name. Add a command by adding its file and one line here. */
export const commands: Record<string, CliCommand> = {
  'action-items': actionItemsCommand,
  alert: alertCommand,
  config: configCommand,
  escalate: escalateCommand,
  lint: lintCommand,
  report: reportCommand,
  'redeliver-failed': redeliverFailedCommand,
  sandbox: sandboxCommand,
  schedule: scheduleCommand,
};
