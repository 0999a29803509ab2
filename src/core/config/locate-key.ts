import { EVENT_ID, getScalarValue, parseEvents } from 'js-yaml';

export interface Position {
  line: number;
  column: number;
}

/** Where each key of a YAML text sits; built in one pass, then asked once per problem. */
export type KeyLocator = (path: readonly (string | number)[]) => Position | undefined;

/** A node of the key tree: where its key (or container) starts, and the keys under it. */
interface KeyNode {
  offset: number;
  children: Map<string, KeyNode>;
}

/**
 * Finds where a key path (["severities", "sev1", "label"]) sits in YAML text, so an error
 * can point at line and column. Falls back to the deepest ancestor that exists.
 */
export function locateKey(text: string, path: readonly (string | number)[]): Position | undefined {
  return keyLocator(text)(path);
}

/**
 * Reads the YAML text once into a tree of key positions, so a file with thousands of
 * problems is not parsed once per problem. Each lookup walks the path down the tree.
 */
export function keyLocator(text: string): KeyLocator {
  let events: ReturnType<typeof parseEvents>;
  try {
    events = parseEvents(text, {});
  } catch {
    return () => undefined;
  }
  const root: KeyNode = { offset: -1, children: new Map() };
  // Walk the flat event stream with a stack of containers, each with its node in the tree.
  type Frame = { kind: 'map' | 'seq'; index: number; key: string | undefined; node: KeyNode };
  const stack: Frame[] = [];
  // The first time a path is seen is where it is reported, as a linear scan would find it.
  const child = (parent: KeyNode, key: string, offset: number): KeyNode => {
    let node = parent.children.get(key);
    if (!node) {
      node = { offset, children: new Map() };
      parent.children.set(key, node);
    } else if (node.offset < 0) node.offset = offset;
    return node;
  };
  // The node a new value lands on: the key just read in a map, the next index in a sequence.
  const valueNode = (): KeyNode | undefined => {
    const top = stack.at(-1);
    if (!top) return root;
    if (top.kind === 'seq') return child(top.node, String(top.index), -1);
    return top.key === undefined ? undefined : child(top.node, top.key, -1);
  };
  const leaveValue = () => {
    const top = stack.at(-1);
    if (!top) return;
    if (top.kind === 'seq') top.index++;
    else top.key = undefined;
  };

  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      const top = stack.at(-1);
      if (top?.kind === 'map' && top.key === undefined) {
        top.key = getScalarValue(text, event);
        child(top.node, top.key, event.valueStart);
        continue;
      }
      leaveValue();
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const node = valueNode() ?? { offset: -1, children: new Map() };
      if (event.start >= 0 && node.offset < 0) node.offset = event.start;
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq',
        index: 0,
        key: undefined,
        node,
      });
    } else if (event.type === EVENT_ID.POP) {
      if (stack.pop()) leaveValue();
    } else if (event.type === EVENT_ID.ALIAS) {
      leaveValue();
    }
  }

  const lineStarts = linesOf(text);
  return (path) => {
    let node = root;
    let best = root.offset >= 0 ? root.offset : undefined;
    for (const key of path) {
      const next = node.children.get(String(key));
      if (!next) break;
      node = next;
      if (next.offset >= 0) best = next.offset;
    }
    return best === undefined ? undefined : toPosition(lineStarts, best);
  };
}

function linesOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(lineStarts: number[], offset: number): Position {
  // The last line starting at or before the offset (binary search).
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}
