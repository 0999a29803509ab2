import type { Nodes, Root, Text } from 'mdast';
import { type Place, placeInText } from './positions.ts';

/**
 * Prompts are what a template asks people to write. Two forms are recognised:
 * `TODO:` followed by the question (the default template's form), and a bracketed
 * placeholder starting with a capital letter, such as `[Name]` or `[X] minutes`, the form
 * many copied templates use. Code, HTML comments and link targets are never prompts.
 */
export interface Prompt extends Place {
  text: string;
}

const TODO = 'TODO:';
const MAX_PLACEHOLDER = 80;

/** Every prompt left in the document, in order. */
export function findPrompts(root: Root, source: string): Prompt[] {
  const prompts: Prompt[] = [];
  const walk = (node: Nodes) => {
    // Code and HTML are literals without children, so they are never searched; a link's
    // label is (it can hold a prompt), its target is not.
    if (node.type === 'text') promptsInText(node, source, prompts);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return prompts.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** `true` when a piece of text holds a prompt. */
export function hasPrompt(text: string): boolean {
  return findTodo(text, 0) >= 0 || findPlaceholder(text, 0) !== undefined;
}

// Appends to `found` rather than returning an array: spreading a large array into push()
// overflows the call stack.
function promptsInText(node: Text, source: string, found: Prompt[]): void {
  const value = node.value;
  for (let at = findTodo(value, 0); at >= 0; at = findTodo(value, at + TODO.length)) {
    found.push({ ...placeInText(node, at, source), text: excerpt(value, at) });
  }
  for (let hit = findPlaceholder(value, 0); hit; hit = findPlaceholder(value, hit.end)) {
    found.push({ ...placeInText(node, hit.start, source), text: value.slice(hit.start, hit.end) });
  }
}

function findTodo(value: string, from: number): number {
  let at = value.indexOf(TODO, from);
  // "TODO:" must start a word, so "MYTODO:" is not a prompt.
  while (at > 0 && isWordChar(value.charCodeAt(at - 1))) at = value.indexOf(TODO, at + 1);
  return at;
}

function findPlaceholder(value: string, from: number): { start: number; end: number } | undefined {
  for (let open = value.indexOf('[', from); open >= 0; open = value.indexOf('[', open + 1)) {
    const first = value.charCodeAt(open + 1);
    if (first < 65 || first > 90) continue; // must start with a capital letter A-Z
    // Look a bounded distance for the closing bracket, so the scan stays linear.
    const limit = Math.min(value.length, open + 1 + MAX_PLACEHOLDER);
    for (let i = open + 1; i < limit; i++) {
      const c = value.charCodeAt(i);
      if (c === 93) return { start: open, end: i + 1 }; // ]
      if (c === 91 || c === 10) break; // [ or newline: not a placeholder
    }
  }
  return undefined;
}

function excerpt(value: string, at: number): string {
  // Look at a bounded window, so many prompts on one long line stay linear.
  const window = value.slice(at, at + 81);
  const newline = window.indexOf('\n');
  const line = (newline < 0 ? window : window.slice(0, newline)).trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}
