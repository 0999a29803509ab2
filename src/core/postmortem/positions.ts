import type { Text } from 'mdast';

/** A 1-based place in the file. */
export interface Place {
  line: number;
  column: number;
}

// Per text node: whether the source holds its value verbatim, and where its lines start.
// Computed once, so placing many findings in one long paragraph stays linear.
const layouts = new WeakMap<Text, { verbatim: boolean; lineStarts: number[] }>();

/**
 * Where the character at `offset` of a text node's value sits in the file. Exact when the
 * source holds the value verbatim; when escapes or entities changed it, the node's start.
 */
export function placeInText(node: Text, offset: number, source: string): Place {
  const start = node.position?.start;
  if (!start) return { line: 1, column: 1 };
  const layout = layoutOf(node, source);
  if (!layout.verbatim) return { line: start.line, column: start.column };
  // The last line start at or before the offset, by binary search.
  const starts = layout.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low] as number;
  return {
    line: start.line + low,
    column: low === 0 ? start.column + offset : offset - lineStart + 1,
  };
}

function layoutOf(node: Text, source: string): { verbatim: boolean; lineStarts: number[] } {
  const cached = layouts.get(node);
  if (cached) return cached;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const verbatim =
    start !== undefined &&
    end !== undefined &&
    end - start === node.value.length &&
    source.startsWith(node.value, start);
  const lineStarts = [0];
  if (verbatim) {
    for (let at = node.value.indexOf('\n'); at >= 0; at = node.value.indexOf('\n', at + 1)) {
      lineStarts.push(at + 1);
    }
  }
  const layout = { verbatim, lineStarts };
  layouts.set(node, layout);
  return layout;
}
