import { fullReplay } from './replay-full.ts';

// One third of the full replay (see replay-full.ts).
fullReplay(1);
