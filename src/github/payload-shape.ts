import { z } from 'zod';
import type { RepoRef } from './port.ts';

/**
 * Webhook payloads are signed by GitHub, but a signature says who sent a payload, not that it
 * has the shape the scribe reads. What the router reads is checked here first, so a malformed
 * payload is ignored with one line saying why instead of failing deep inside with a stack trace.
 */

const user = z.object({ login: z.string(), type: z.string().optional() }).nullable();
const issue = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable().optional(),
  state: z.string().optional(),
  user: user.optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])).optional(),
  assignees: z.array(user).nullable().optional(),
  created_at: z.string(),
  closed_at: z.string().nullable().optional(),
  html_url: z.string(),
});
const comment = z.object({
  id: z.number().int().positive(),
  body: z.string().nullable().optional(),
});
const pull = z.object({
  number: z.number().int().positive(),
  merged: z.boolean().nullable().optional(),
  head: z.object({ sha: z.string(), ref: z.string() }),
  base: z.object({ ref: z.string() }),
});
const repository = z.object({
  name: z.string().min(1),
  owner: z.object({ login: z.string().min(1) }),
  default_branch: z.string().optional(),
});

const SHAPES: Record<string, z.ZodType> = {
  issues: z.object({ action: z.string(), issue, repository }),
  issue_comment: z.object({ action: z.string(), issue, comment, repository }),
  pull_request: z.object({ action: z.string(), pull_request: pull, repository }),
};

/** Why a payload cannot be what its event says (`repository.owner: missing`), or undefined. */
export function malformedPayload(event: string, payload: unknown): string | undefined {
  const shape = SHAPES[event];
  if (!shape) return undefined;
  const result = shape.safeParse(payload, { reportInput: true });
  if (result.success) return undefined;
  const first = result.error.issues[0];
  const where = first?.path.join('.') || 'payload';
  return first?.code === 'invalid_type' && first.input === undefined
    ? `${where}: missing`
    : `${where}: not what GitHub sends`;
}

/** The repository a payload is about, or undefined when it does not name one properly. */
export function repositoryOf(payload: unknown): RepoRef | undefined {
  const result = repository.safeParse((payload as { repository?: unknown } | null)?.repository);
  return result.success ? { owner: result.data.owner.login, repo: result.data.name } : undefined;
}
