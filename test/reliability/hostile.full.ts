import { hostileCases } from './hostile.ts';
import { hostileSuite } from './hostile-suite.ts';

// 220 cases of every class, in batches of 22 on one incident each.
hostileSuite('hostile input', hostileCases(220), 22, 1_800_000);
