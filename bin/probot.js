#!/usr/bin/env node
// Starts the Probot app server (`npm start`) from its prebuilt bundle (dist/app.js, committed
// and checked by `npm test`): our code only, its packages from node_modules, no transpiler.
// Probot reads APP_ID, PRIVATE_KEY and WEBHOOK_SECRET from the environment or .env.
await import('../dist/app.js');
