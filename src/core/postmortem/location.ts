/**
 * Where a post-mortem lives: branch `postmortem/<id>` and file
 * `<folder>/<YYYY-MM-DD>-<id>-<slug>.md`. Both come from the incident alone, so every run
 * finds the same ones, and the file name is a slug that can never leave the folder.
 */
export interface PostmortemLocation {
  branch: string;
  path: string;
  /** `<folder>/<YYYY-MM-DD>-<id>-`: what the file's name starts with, whatever the title. */
  stem: string;
}

const MAX_SLUG = 60;
const MAX_ID_SLUG = 40;

/** The branch and file of an incident's post-mortem. */
export function postmortemLocation(
  folder: string,
  incident: { id: string; title: string; start: string },
): PostmortemLocation {
  const id = idSlug(incident.id);
  const day = new Date(incident.start).toISOString().slice(0, 10);
  const slug = slugify(incident.title, MAX_SLUG) || 'post-mortem';
  // The configuration refuses absolute folders and "..", and the slug holds only [a-z0-9-].
  const prefix = tidyFolder(folder);
  const stem = `${prefix ? `${prefix}/` : ''}${day}-${id}-`;
  return { branch: postmortemBranch(incident.id), path: `${stem}${slug}.md`, stem };
}

/** The post-mortem branch of an incident: it depends on the id only, never on the title. */
export function postmortemBranch(incidentId: string): string {
  return `postmortem/${idSlug(incidentId)}`;
}

/** The incident id as it appears in branch and file names. */
export function idSlug(incidentId: string): string {
  return slugify(incidentId, MAX_ID_SLUG) || 'incident';
}

/**
 * The configured folder as GitHub names paths: no "./", no empty segment, no trailing "/"
 * ("docs/postmortems/" and "./docs//postmortems" are both "docs/postmortems").
 */
export function tidyFolder(folder: string): string {
  return folder
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/** Whether a path is a Markdown file inside the folder (at any depth). */
export function inFolder(folder: string, path: string): boolean {
  const prefix = tidyFolder(folder);
  return (prefix === '' || path.startsWith(`${prefix}/`)) && path.toLowerCase().endsWith('.md');
}

// Letters that NFKD does not take apart into an ASCII letter and a mark.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/** ASCII, lower case, words joined by "-", cut at a word boundary within `max` characters. */
export function slugify(text: string, max: number): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => LETTERS[letter] ?? '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}
