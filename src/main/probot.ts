// Entry of the Probot app server (`npm start`): no logic here.
import { run } from 'probot';
import { createApp } from '../adapters/probot/app.ts';

await run(createApp());
