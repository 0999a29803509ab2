import { describe, expect, it } from 'vitest';
import { decideSeverity } from '../../src/core/incident/decide-severity.ts';
import { incidentId } from '../../src/core/incident/incident-id.ts';
import { readMarker, readReplyMarker, renderMarker } from '../../src/core/markdown/marker.ts';
import { readStatusMarker } from '../../src/core/status/status-marker.ts';
import { neutralizeMentions, quotable, safeInline } from '../../src/core/text/safe-text.ts';
import { configFrom } from '../helpers/config.ts';

const config = configFrom();

describe('the incident id', () => {
  it('comes from the year the issue was opened and its number', () => {
    expect(
      incidentId('INC-{year}-{number:3}', { number: 1, createdAt: '2024-01-15T10:00:00Z' }),
    ).toBe('INC-2024-001');
    expect(
      incidentId('INC-{year}-{number:3}', { number: 1234, createdAt: '2025-12-31T23:59:59Z' }),
    ).toBe('INC-2025-1234');
    expect(incidentId('ops#{number}', { number: 7, createdAt: '2024-01-15T10:00:00Z' })).toBe(
      'ops#7',
    );
  });
});

describe('choosing the severity', () => {
  it('is nothing for an issue without severity labels that never was an incident', () => {
    expect(decideSeverity(config, { labels: ['bug'] })).toBeUndefined();
  });

  it('keeps the most severe when a new incident carries several, and says so', () => {
    expect(decideSeverity(config, { labels: ['sev3', 'bug', 'sev1'] })).toEqual({
      severity: config.severities[0],
      remove: ['sev3'],
      note: 'Several severity labels were set (sev1, sev3): kept sev1, the most severe, and removed sev3.',
    });
  });

  it('takes a new label as the new severity of an existing incident, even a lower one', () => {
    const decision = decideSeverity(config, { labels: ['sev1', 'sev3'], previous: 'sev1' });
    expect(decision?.severity?.id).toBe('sev3');
    expect(decision?.remove).toEqual(['sev1']);
    expect(decision?.note).toBeUndefined();
  });

  it('decides the same for every delivery when two new labels arrive at once', () => {
    // Each webhook names a different added label; the answer may not depend on it.
    const decision = decideSeverity(config, { labels: ['sev1', 'sev3', 'sev4'], previous: 'sev1' });
    expect(decision).toEqual({
      severity: config.severities[2],
      remove: ['sev1', 'sev4'],
      note: 'Several severity labels were set (sev3, sev4): kept sev3, the most severe, and removed sev1, sev4.',
    });
  });

  it('keeps an incident without severity an incident, and takes the next label as its severity', () => {
    expect(decideSeverity(config, { labels: ['incident'], previous: null })).toEqual({
      severity: undefined,
      remove: [],
      note: undefined,
    });
    expect(
      decideSeverity(config, { labels: ['incident', 'sev2'], previous: null })?.severity?.id,
    ).toBe('sev2');
  });

  it('leaves an incident without severity when its last severity label is removed', () => {
    expect(decideSeverity(config, { labels: ['incident'], previous: 'sev2' })).toEqual({
      severity: undefined,
      remove: [],
      note: undefined,
    });
  });

  it('matches labels without regard to case', () => {
    expect(decideSeverity(config, { labels: ['SEV2'] })?.severity?.id).toBe('sev2');
  });
});

describe('hidden markers', () => {
  it('round-trip their data and cannot be closed early by what they carry', () => {
    const marker = renderMarker('status', { title: 'a --> b <!-- c', n: -5 });
    expect(marker).not.toMatch(/-->.*-->/);
    expect(marker.endsWith(' -->')).toBe(true);
    expect(readMarker(`${marker}\nmore`, 'status')).toEqual({ title: 'a --> b <!-- c', n: -5 });
  });

  it('count only as the first line of a body, exactly as the scribe writes them', () => {
    const marker = renderMarker('help', { comment: 1 });
    expect(readMarker(`text\n${marker}\nmore`, 'help')).toBeUndefined();
    expect(readMarker(`\\${marker}`, 'help')).toBeUndefined();
    expect(readMarker(` ${marker}`, 'help')).toBeUndefined();
    expect(readMarker(`${marker} trailing`, 'help')).toBeUndefined();
    // Hand-written: "--" and "<" inside the JSON are never what renderMarker writes.
    expect(readMarker('<!-- incident-scribe:help {"comment":"--"} -->', 'help')).toBeUndefined();
    expect(readMarker(`${marker}\r\nmore`, 'help')).toEqual({ comment: 1 });
  });

  it('are absent when damaged or of another kind', () => {
    expect(readMarker('<!-- incident-scribe:status {broken -->', 'status')).toBeUndefined();
    expect(readMarker('<!-- incident-scribe:status [1] -->', 'status')).toBeUndefined();
    expect(readMarker(renderMarker('timeline', {}), 'status')).toBeUndefined();
  });

  it('carry payloads that are validated per kind', () => {
    expect(readReplyMarker({ comment: 12, line: 3 })).toEqual({ comment: 12, line: 3 });
    expect(readReplyMarker({ comment: '12' })).toBeUndefined();
    expect(readReplyMarker({ comment: -1 })).toBeUndefined();
    expect(
      readStatusMarker({
        incident: 'INC-1',
        severity: 'sev2',
        people: { mallory: 'act', 'x y': 'act', bob: 'root' },
        refused: [3, 'x', 0],
        judgedAt: 'yesterday',
        escalation: { level: 'L2' },
      }),
    ).toEqual({
      incident: 'INC-1',
      severity: 'sev2',
      people: { mallory: 'act' },
      refused: [3],
      escalation: { level: 'L2' },
    });
    expect(readStatusMarker({ incident: 'INC-1', severity: 'critical' })).toBeUndefined();
  });
});

describe('user text', () => {
  it('loses bidi and invisible controls, and cannot open an HTML comment', () => {
    const title = 'Login \u202efails\u2066 x\u200b\u2069y\ufeff <!-- incident-scribe:help {} -->';
    expect(safeInline(title)).toBe('Login fails xy <! -- incident-scribe:help {} -->');
    expect(quotable('a\u200db\u0007c')).toBe('a\u200dbc');
    expect(neutralizeMentions('@\u200balice')).toBe('@\u200dalice');
  });

  it('never pings anyone, whatever the spelling of @', () => {
    const text = neutralizeMentions(
      '@alice, &#64;bob, &commat;carol, &#x40;acme/sre and mail@example.com',
    );
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text.replaceAll('\u200d', '')).toBe(
      '@alice, @bob, @carol, @acme/sre and mail@example.com',
    );
  });

  it('is folded to one line and capped for table cells', () => {
    expect(safeInline('a\n\nb   c', 100)).toBe('a b c');
    expect(safeInline('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
