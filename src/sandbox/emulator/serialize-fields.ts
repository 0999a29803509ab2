import type { IssueFieldRecord, IssueRecord } from './model.ts';
import { issueJson } from './serialize.ts';
import type { World } from './world.ts';

type Json = Record<string, unknown>;

/**
 * An issue as REST answers it: the webhook shape plus `issue_field_values`, which the
 * published webhook schemas do not have (so payloads leave it out).
 */
export function issueRestJson(world: World, issue: IssueRecord): Json {
  return {
    ...issueJson(world, issue),
    issue_field_values: fieldValuesJson(world, issue),
    type: issueTypeJson(world, issue.typeId),
  };
}

/**
 * An issue's type as REST answers show it. Webhook payloads leave it out: the published
 * webhook schemas the emulator is held to do not have it yet.
 */
function issueTypeJson(world: World, id: number | undefined): Json | null {
  const type = world.issueTypes.find((t) => t.id === id);
  if (!type) return null;
  return {
    id: type.id,
    node_id: `IT_${Buffer.from(`IssueType:${type.id}`).toString('base64url')}`,
    name: type.name,
    description: null,
    color: 'gray',
    created_at: type.createdAt,
    updated_at: type.createdAt,
    is_enabled: true,
  };
}

/** An issue's field values, in the order the organisation defines its fields. */
export function fieldValuesJson(world: World, issue: IssueRecord): Json[] {
  const values = issue.fieldValues;
  if (!values) return [];
  return world.issueFields.fields.flatMap((field) => {
    const value = values.get(field.id);
    if (value === undefined) return [];
    return [
      {
        issue_field_id: field.id,
        issue_field_name: field.name,
        node_id: `IFV_${Buffer.from(`${issue.id}:${field.id}`).toString('base64url')}`,
        data_type: field.dataType,
        value,
        ...(field.dataType === 'single_select'
          ? {
              single_select_option: {
                id: field.options.indexOf(String(value)) + 1,
                name: String(value),
                color: 'gray',
              },
            }
          : {}),
      },
    ];
  });
}

/** An organisation's issue field. */
export function issueFieldJson(field: IssueFieldRecord): Json {
  return {
    id: field.id,
    node_id: `IF_${Buffer.from(String(field.id)).toString('base64url')}`,
    name: field.name,
    description: null,
    data_type: field.dataType,
    visibility: 'all',
    options:
      field.options.length > 0
        ? field.options.map((name, i) => ({ id: i + 1, name, description: null, color: 'gray' }))
        : null,
    created_at: field.createdAt,
    updated_at: field.createdAt,
  };
}
