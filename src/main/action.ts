// Entry of the GitHub Action (bundled into dist/index.js): no logic here.
import { runAction } from '../adapters/action/run-action.ts';

process.exitCode = await runAction({ env: process.env });
