import { describe, expect, it } from 'vitest';
import { dueFieldValue, readFieldValues } from '../../src/core/action-items/due-field.ts';
import { resolveDueDate } from '../../src/core/report/resolve-due-date.ts';

const marker = { incident: 'INC-2024-001', item: '1', parent: 1, due: '2024-06-10' };
const values = readFieldValues([
  { issue_field_id: 7, issue_field_name: 'Priority', data_type: 'single_select', value: 'High' },
  { issue_field_id: 9, issue_field_name: 'Target date', data_type: 'date', value: '2024-06-20' },
  { issue_field_id: 'x', data_type: 'date', value: '2024-01-01' },
]);

describe('the due field of an item', () => {
  it('reads the date of the named date field, whatever the case of its name', () => {
    expect(dueFieldValue(values, 'target DATE')).toBe('2024-06-20');
  });

  it('ignores other fields, a field of another type, and a field turned off', () => {
    expect(dueFieldValue(values, 'Start date')).toBeUndefined();
    expect(dueFieldValue(values, 'Priority')).toBeUndefined();
    expect(dueFieldValue(values, null)).toBeUndefined();
    expect(values?.map((v) => v.fieldId)).toEqual([7, 9]);
  });

  it('is the due date where it holds one, and the marker is where it does not', () => {
    expect(resolveDueDate({ marker, dueField: dueFieldValue(values, 'Target date') })).toBe(
      '2024-06-20',
    );
    expect(resolveDueDate({ marker, dueField: dueFieldValue([], 'Target date') })).toBe(
      '2024-06-10',
    );
    expect(resolveDueDate({ marker: undefined })).toBeUndefined();
  });
});
