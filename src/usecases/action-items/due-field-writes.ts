import { dueFieldValue } from '../../core/action-items/due-field.ts';
import type { FiledItem } from '../../core/action-items/item-types.ts';
import type { Config } from '../../core/config/config.ts';
import type { GitHubPort, IssueField } from '../../github/port.ts';

/** The organisation's date field named by `action_items.due_field`, if it has one. */
export async function findDueField(
  port: GitHubPort,
  config: Config,
): Promise<IssueField | undefined> {
  const name = config.actionItems.dueField?.trim().toLowerCase();
  if (!name) return undefined;
  const fields = await port.orgIssueFields();
  return fields.find((f) => f.dataType === 'date' && f.name.trim().toLowerCase() === name);
}

/**
 * Puts a due date the source decided into the item's due field (or clears it when the source
 * no longer gives one); nothing when the field already says so or the organisation has none.
 */
export async function writeDueField(
  port: GitHubPort,
  config: Config,
  filed: FiledItem,
  due: string | null,
  dueField: () => Promise<IssueField | undefined>,
): Promise<void> {
  const current = dueFieldValue(filed.fieldValues, config.actionItems.dueField);
  if (current === (due ?? undefined)) return;
  const field = await dueField();
  if (!field) return;
  if (due) await port.setIssueFieldValue(filed.number, field.id, due);
  else if (current !== undefined) await port.clearIssueFieldValue(filed.number, field.id);
}
