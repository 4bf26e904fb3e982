import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { runDemoStory } from './demo/demo-story.js';
import { loadCliConfig } from './cli-env.js';
import { DEMO_PASSWORD } from './seed-demo.js';

loadCliConfig([]); // .env, as every command; the story needs only the api's address

/**
 * `npm run demo:story`: plays the demo district's first weeks through the running api (the
 * quickstart runs it once the api and the worker are up). Runs once: .qingfeng/demo-story.json
 * records what it made.
 */
const marker = '.qingfeng/demo-story.json';
if (existsSync(marker) && !process.argv.includes('--again')) {
  console.log(`demo: the story has already been played (${marker}); --again to play it once more`);
} else {
  const baseUrl = process.env['QF_DEMO_API_URL'] ?? `http://127.0.0.1:${process.env['PORT'] ?? '3000'}`;
  runDemoStory({ baseUrl, password: DEMO_PASSWORD, smsSecret: process.env['SMS_GENERIC_SECRET'] })
    .then((made) => {
      mkdirSync('.qingfeng', { recursive: true });
      writeFileSync(marker, JSON.stringify({ at: new Date().toISOString(), made }, null, 2));
      console.log(
        `demo: ${Object.entries(made)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
