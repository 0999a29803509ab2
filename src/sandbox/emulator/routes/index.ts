import type { Route } from '../router.ts';
import type { World } from '../world.ts';
import { appRoutes } from './app.ts';
import { checkRoutes } from './check-runs.ts';
import { collaboratorRoutes } from './collaborators.ts';
import { commentRoutes } from './comments.ts';
import { contentRoutes } from './contents.ts';
import { dispatchRoutes } from './dispatches.ts';
import { gitRoutes } from './git.ts';
import { hookDeliveryRoutes } from './hook-deliveries.ts';
import { issueFieldRoutes } from './issue-fields.ts';
import { issueRoutes } from './issues.ts';
import { pullReviewerRoutes } from './pull-reviewers.ts';
import { pullRoutes } from './pulls.ts';
import { subIssueRoutes } from './sub-issues.ts';

/** Every REST route the emulator answers (the contract subset generator reads this list too). */
export function emulatedRoutes(
  issueToken: (world: World) => { token: string; expiresAt: string },
): Route[] {
  return [
    ...appRoutes(issueToken),
    ...hookDeliveryRoutes,
    ...issueRoutes,
    ...subIssueRoutes,
    ...issueFieldRoutes,
    ...commentRoutes,
    ...contentRoutes,
    ...gitRoutes,
    ...pullRoutes,
    ...pullReviewerRoutes,
    ...checkRoutes,
    ...collaboratorRoutes,
    ...dispatchRoutes,
  ];
}
