import { describe, expect, it } from 'vitest';
import { issueAsOfEvents } from '../../src/core/timeline/issue-as-of-events.ts';
import { assigned, issue, labeled, SELF, unassigned, unlabeled } from './builders.ts';

describe('the issue as its history says it is now', () => {
  it('takes the last label and assignment events over a stale payload', () => {
    // The payload of a redelivered `/severity sev1` still shows sev2 and nobody assigned.
    const stale = issue({ labels: ['sev2', 'incident'], assignees: [] });
    const now = issueAsOfEvents(stale, [
      labeled('alice', '10:00', 'sev2'),
      unlabeled(SELF, '10:05', 'sev2'),
      labeled(SELF, '10:05', 'sev1'),
      assigned(SELF, '10:05', 'bob'),
    ]);
    expect(now.labels.sort()).toEqual(['incident', 'sev1']);
    expect(now.assignees).toEqual(['bob']);
  });

  it('keeps what the payload says about labels and people the history never mentions', () => {
    const now = issueAsOfEvents(issue({ labels: ['Incident'], assignees: ['Carol'] }), [
      assigned('alice', '10:01', 'carol'),
      unassigned('alice', '10:02', 'dave'),
    ]);
    expect(now.labels).toEqual(['Incident']);
    expect(now.assignees).toEqual(['Carol']);
  });
});
