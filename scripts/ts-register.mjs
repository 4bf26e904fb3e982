import * as nodeModule from 'node:module';
import { loadSync, resolveSync } from './ts-hooks.mjs';

// `registerHooks` (Node 22.15+) runs the hooks in this thread; `register` (deprecated from
// Node 24 on, with a warning on stderr) is the only way on Node 20.
if (typeof nodeModule.registerHooks === 'function') {
  nodeModule.registerHooks({ resolve: resolveSync, load: loadSync });
} else {
  nodeModule.register('./ts-hooks.mjs', import.meta.url);
}
