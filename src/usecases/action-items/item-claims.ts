import { randomUUID } from 'node:crypto';
import { itemClaimRef } from '../../core/action-items/item-identity.ts';
import type { CommitInfo, GitHubPort } from '../../github/port.ts';

/**
 * How old a claim must be before another run may take it over. A live run opens its items
 * long before this: the app and the Action give up 30 s after GitHub begins failing, and the
 * largest source (100 items, 3 writes each, paced at 80 writes a minute) takes about 4 minutes.
 * A claim this old belongs to a run that died between claiming and opening the issue.
 */
export const CLAIM_STALE_AFTER_MINUTES = 30;

export interface ItemClaims {
  /** Claims a name for this run (GitHub creates a ref once); false when another run has it. */
  claim(ref: string): Promise<boolean>;
  /**
   * Takes a claim over when it is older than the bound (or claims it again when it is gone):
   * true when this run now holds it. Of two runs doing this at once, one wins.
   */
  takeOverStale(ref: string): Promise<boolean>;
}

/**
 * An event's claims on action items. Each claim ref points at a commit made for it, so the
 * claim carries GitHub's own time (the committer date) and a later run can tell a dead claim
 * from one at work. The event makes one claim commit for all the items it files (the default
 * branch head's tree, that head as parent), and only once it has something to file.
 */
export function itemClaims(
  port: GitHubPort,
  options: { incident: string; items: string[]; defaultBranch: string; now: Date },
): ItemClaims {
  let claimSha: Promise<string | undefined> | undefined;
  const commits = new Map<string, Promise<CommitInfo | undefined>>();
  const readCommit = (sha: string) => {
    let read = commits.get(sha);
    if (!read) {
      read = port.readCommit(sha);
      commits.set(sha, read);
    }
    return read;
  };
  const ownClaim = () => {
    claimSha ??= (async () => {
      const head = await port.branchSha(options.defaultBranch);
      const base = head ? await readCommit(head) : undefined;
      if (!head || !base) return undefined;
      const message = claimMessage(
        options.items.map((item) => itemClaimRef(options.incident, item)),
      );
      return (await port.createCommit({ tree: base.tree, parents: [head], message })).sha;
    })();
    return claimSha;
  };

  return {
    async claim(ref) {
      const sha = await ownClaim();
      return sha !== undefined && port.claimRef(ref, sha);
    },

    async takeOverStale(ref) {
      const held = await port.refSha(ref);
      // Released since (its run failed and gave it back): claim it afresh, GitHub decides.
      if (held === undefined) {
        port.allowWrites(1);
        return this.claim(ref);
      }
      const claim = await readCommit(held);
      const age = claim ? options.now.getTime() - Date.parse(claim.at) : Number.NaN;
      if (!claim || !(age >= CLAIM_STALE_AFTER_MINUTES * 60_000)) return false;
      // A commit whose parent is the old claim: moving the ref to it is a fast-forward that
      // succeeds once. The random part keeps two takers' commits apart, since two identical
      // commits would share a sha and both "win" the move. Two writes: the commit, the move.
      port.allowWrites(2);
      const next = await port.createCommit({
        tree: claim.tree,
        parents: [held],
        message: `incident-scribe takes over the stale claim ${lastPart(ref)} (run ${randomUUID()})`,
      });
      return port.moveClaim(ref, next.sha);
    },
  };
}

/** Names the incident and the items as their claim refs spell them (so no mention can ping). */
function claimMessage(refs: string[]): string {
  const incident = refs[0]?.split('/').at(-2) ?? '';
  const names = refs.map(lastPart);
  const more = names.length > 20 ? ` and ${names.length - 20} more` : '';
  return `incident-scribe claims action items of ${incident}: ${names.slice(0, 20).join(', ')}${more}`;
}

function lastPart(ref: string): string {
  return ref.split('/').at(-1) ?? ref;
}
