import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../command.ts';

const USAGE = `Usage: scribe redeliver-failed [--hours N] [--dry-run]

Asks GitHub to redeliver the App's webhook deliveries of the last N hours (default 6) that
failed, once per event: an event that succeeded on a later attempt is left alone. GitHub
never redelivers on its own; run this on a schedule (cron) beside the app.
Authenticates as the App, like the app server: APP_ID, and PRIVATE_KEY or PRIVATE_KEY_PATH.
GHE_HOST points it at GitHub Enterprise Server.
Exit 0 when every redelivery was accepted, 1 when one was refused, 2 on bad usage.`;

/** `scribe redeliver-failed`: the scheduled job, run by hand or by cron. */
export const redeliverFailedCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const dryRun = args.includes('--dry-run');
    let hours = 6;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--dry-run') continue;
      if (arg === '--hours' || arg.startsWith('--hours=')) {
        const value = arg.includes('=') ? arg.slice(8) : args[++i];
        hours = Number(value);
        if (!(hours > 0 && hours <= 72)) {
          io.stderr(
            `scribe redeliver-failed: --hours takes 1 to 72 (GitHub keeps 3 days), not ${value ?? 'nothing'}\n`,
          );
          return 2;
        }
        continue;
      }
      io.stderr(`scribe redeliver-failed: unknown option ${arg}\n\n${USAGE}\n`);
      return 2;
    }
    const appId = io.env.APP_ID;
    let privateKey = io.env.PRIVATE_KEY?.replace(/\\n/g, '\n');
    if (!privateKey && io.env.PRIVATE_KEY_PATH) {
      privateKey = await readFile(io.env.PRIVATE_KEY_PATH, 'utf8');
    }
    if (!appId || !privateKey) {
      io.stderr(
        'scribe redeliver-failed: set APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH), as for the app server\n',
      );
      return 2;
    }
    // Loaded here: only this command speaks to GitHub, the others start without a client.
    const { appHookPortFor } = await import('../../shared/app-client.ts');
    const { redeliverFailed } = await import('../../../usecases/deliveries/redeliver-failed.ts');
    const outcome = await redeliverFailed(appHookPortFor({ appId, privateKey, env: io.env }), {
      now: new Date(),
      hours,
      dryRun,
      log: (line) => io.stdout(`${line}\n`),
    });
    io.stderr(
      `${outcome.listed} deliveries listed; ${outcome.redelivered.length} ${dryRun ? 'to redeliver' : 'redelivered'}; ${outcome.failed.length} refused\n`,
    );
    return outcome.failed.length > 0 ? 1 : 0;
  },
};
