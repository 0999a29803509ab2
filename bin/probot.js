#!/usr/bin/env node
// Starts the Probot app server (`npm start`) from src/ through tsx: no build step to remember.
// Probot reads APP_ID, PRIVATE_KEY and WEBHOOK_SECRET from the environment or .env.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/probot.ts');
