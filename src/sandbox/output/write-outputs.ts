import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestLogEntry } from '../emulator/http-server.ts';
import type { DeliveryLogEntry } from '../webhooks/delivery-queue.ts';
import type { SandboxState } from './state.ts';

/** The four files of a run, written into `dir`. */
export async function writeOutputs(
  dir: string,
  outputs: {
    state: SandboxState;
    requests: RequestLogEntry[];
    deliveries: DeliveryLogEntry[];
    transcript: string;
  },
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const jsonl = (rows: object[]) =>
    rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  const files: [string, string][] = [
    ['state.json', `${JSON.stringify(outputs.state, null, 2)}\n`],
    [
      'requests.jsonl',
      jsonl(
        outputs.requests.map((r) => ({
          method: r.method,
          route: r.route,
          operation: r.operation,
          status: r.status,
          ms: r.ms,
          delivery: r.delivery,
        })),
      ),
    ],
    ['deliveries.jsonl', jsonl(outputs.deliveries)],
    ['transcript.md', outputs.transcript],
  ];
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
