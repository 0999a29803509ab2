import { EVENT_ID, getScalarValue, parseEvents } from 'js-yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a key path (["severities", "sev1", "label"]) sits in YAML text, so an error
 * can point at line and column. Falls back to the deepest ancestor that exists.
 */
export function locateKey(text: string, path: readonly (string | number)[]): Position | undefined {
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  // Walk the flat event stream with a stack of containers, tracking the current path.
  type Frame = { kind: 'map' | 'seq'; index: number; key: string | undefined; expectKey: boolean };
  const stack: Frame[] = [];
  const current: (string | number)[] = [];
  let best: { depth: number; offset: number } | undefined;

  const consider = (offset: number) => {
    let depth = 0;
    while (
      depth < current.length &&
      depth < path.length &&
      String(current[depth]) === String(path[depth])
    )
      depth++;
    if (depth === current.length && (!best || depth > best.depth)) best = { depth, offset };
  };

  const enterValue = () => {
    const top = stack.at(-1);
    if (!top) return;
    if (top.kind === 'seq') current.push(top.index);
    else current.push(top.key ?? '');
  };
  const leaveValue = () => {
    const top = stack.at(-1);
    if (!top) return;
    current.pop();
    if (top.kind === 'seq') top.index++;
    else top.expectKey = true;
  };

  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      const top = stack.at(-1);
      if (top?.kind === 'map' && top.expectKey) {
        top.key = getScalarValue(text, event);
        top.expectKey = false;
        current.push(top.key);
        consider(event.valueStart);
        current.pop();
        continue;
      }
      enterValue();
      leaveValue();
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      enterValue();
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq',
        index: 0,
        key: undefined,
        expectKey: true,
      });
      if (event.start >= 0) consider(event.start);
    } else if (event.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame) leaveValue();
    } else if (event.type === EVENT_ID.ALIAS) {
      enterValue();
      leaveValue();
    }
  }
  return best === undefined ? undefined : toPosition(text, best.offset);
}

function toPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
