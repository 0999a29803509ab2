/**
 * Where a post-mortem lives: branch `postmortem/<id>` and file
 * `<folder>/<YYYY-MM-DD>-<id>-<slug>.md`. Both come from the incident alone, so every run
 * finds the same ones, and the file name is a slug that can never leave the folder.
 */
export interface PostmortemLocation {
  branch: string;
  path: string;
}

const MAX_SLUG = 60;

/** The branch and file of an incident's post-mortem. */
export function postmortemLocation(
  folder: string,
  incident: { id: string; title: string; start: string },
): PostmortemLocation {
  const id = slugify(incident.id, 40) || 'incident';
  const day = new Date(incident.start).toISOString().slice(0, 10);
  const slug = slugify(incident.title, MAX_SLUG) || 'post-mortem';
  // The configuration refuses absolute folders and "..", and the slug holds only [a-z0-9-].
  return { branch: `postmortem/${id}`, path: `${folder}/${day}-${id}-${slug}.md` };
}

/** ASCII, lower case, words joined by "-", cut at a word boundary within `max` characters. */
export function slugify(text: string, max: number): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}
