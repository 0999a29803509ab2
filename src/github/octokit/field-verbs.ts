import { readFieldValues } from '../../core/action-items/due-field.ts';
import type { GitHubPort, IssueField } from '../port.ts';
import { statusOf } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<GitHubPort, 'orgIssueFields' | 'setIssueFieldValue' | 'clearIssueFieldValue'>;

/** An organisation's issue fields by owner login, kept for the process (the app's). */
export type IssueFieldCache = Map<string, Promise<IssueField[]>>;

/**
 * Issue fields: the organisation's definitions (read once per organisation where a cache is
 * given) and an issue's values. Definitions change rarely; a renamed field is found again
 * after a restart.
 */
export function fieldVerbs({ octokit, repo, write }: VerbContext, cache?: IssueFieldCache): Verbs {
  return {
    orgIssueFields() {
      const key = repo.owner.toLowerCase();
      const known = cache?.get(key);
      if (known) return known;
      const reading = readFields();
      cache?.set(key, reading);
      // A failure that says nothing about the fields (GitHub down) is not worth keeping.
      reading.then((fields) => {
        if (fields === UNKNOWN) cache?.delete(key);
      });
      return reading;
    },

    setIssueFieldValue(issue, fieldId, value) {
      return write(`set field ${fieldId} of #${issue} to ${value}`, async () => {
        const { data } = await octokit.request(
          'POST /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values',
          { ...repo, issue_number: issue, issue_field_values: [{ field_id: fieldId, value }] },
        );
        return readFieldValues(data) ?? [];
      }, []);
    },

    async clearIssueFieldValue(issue, fieldId) {
      await write(
        `clear field ${fieldId} of #${issue}`,
        async () => {
          try {
            await octokit.request(
              'DELETE /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values/{issue_field_id}',
              { ...repo, issue_number: issue, issue_field_id: fieldId },
            );
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        },
        undefined,
      );
    },
  };

  async function readFields(): Promise<IssueField[]> {
    try {
      const { data } = await octokit.request('GET /orgs/{org}/issue-fields', { org: repo.owner });
      return (Array.isArray(data) ? data : []).flatMap((f: unknown): IssueField[] => {
        const { id, name, data_type } = (f ?? {}) as Record<string, unknown>;
        return typeof id === 'number' && typeof name === 'string' && typeof data_type === 'string'
          ? [{ id, name, dataType: data_type }]
          : [];
      });
    } catch (error) {
      // A user-owned repository (404), or a token without the organisation's permission (403,
      // an Action's): no field to write to, and asking again will not change that.
      const status = statusOf(error);
      if (status === 403 || status === 404 || status === 410) return [];
      return UNKNOWN;
    }
  }
}

/** The answer when the fields could not be read this time: none, and not cached. */
const UNKNOWN: IssueField[] = [];
