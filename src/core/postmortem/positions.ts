import type { Text } from 'mdast';

/** A 1-based place in the file. */
export interface Place {
  line: number;
  column: number;
}

/**
 * Where the character at `offset` of a text node's value sits in the file. Exact when the
 * source holds the value verbatim; when escapes or entities changed it, the node's start.
 */
export function placeInText(node: Text, offset: number, source: string): Place {
  const start = node.position?.start;
  if (!start) return { line: 1, column: 1 };
  const end = node.position?.end;
  const verbatim =
    start.offset !== undefined &&
    end?.offset !== undefined &&
    end.offset - start.offset === node.value.length &&
    source.startsWith(node.value, start.offset);
  if (!verbatim) return { line: start.line, column: start.column };
  let line = start.line;
  let column = start.column;
  for (let i = 0; i < offset && i < node.value.length; i++) {
    if (node.value.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
