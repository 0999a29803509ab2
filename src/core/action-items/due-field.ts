import type { IssueFieldValue } from '../incident/issue.ts';

/** The field every organisation gets by default (and `action_items.due_field`'s default). */
export const DEFAULT_DUE_FIELD = 'Target date';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The date an issue's due field holds (YYYY-MM-DD), or undefined when the field is not set,
 * not a date field, or not named: `fieldName` null means the configuration turned it off.
 * Field names compare without case, as GitHub's own UI lists them.
 */
export function dueFieldValue(
  values: readonly IssueFieldValue[] | undefined,
  fieldName: string | null,
): string | undefined {
  if (!values || fieldName === null) return undefined;
  const wanted = fieldName.trim().toLowerCase();
  const found = values.find(
    (v) => v.dataType === 'date' && v.name?.trim().toLowerCase() === wanted,
  );
  if (typeof found?.value !== 'string' || !DAY.test(found.value)) return undefined;
  return found.value.slice(0, 10);
}

/** GitHub's `issue_field_values` in a REST answer, read without trusting its shape. */
export function readFieldValues(raw: unknown): IssueFieldValue[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.flatMap((v): IssueFieldValue[] => {
    if (typeof v !== 'object' || v === null) return [];
    const { issue_field_id, issue_field_name, data_type, value } = v as Record<string, unknown>;
    if (typeof issue_field_id !== 'number' || typeof data_type !== 'string') return [];
    return [
      {
        fieldId: issue_field_id,
        name: typeof issue_field_name === 'string' ? issue_field_name : undefined,
        dataType: data_type,
        value: typeof value === 'string' || typeof value === 'number' ? value : null,
      },
    ];
  });
}
