// Entry of the Probot app server (`npm start`): no logic here.
import { createApp } from '../adapters/probot/app.ts';
import { startAppServer } from '../adapters/probot/server.ts';

await startAppServer(createApp());
