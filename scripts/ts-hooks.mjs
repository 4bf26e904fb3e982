// Module hooks that run the TypeScript sources directly (swc, the transform the tests
// use): `.js` imports resolve to the `.ts` file beside them. For dev tools such as
// `npm run eval:vetting`, which should not depend on a fresh `npm run build`.
// The hooks are synchronous so that Node lines with `module.registerHooks()` (22.15+,
// where `module.register()` is deprecated) run them in-thread; `resolve` and `load`
// wrap them for `module.register()` on older lines (Node 20).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

export function resolveSync(specifier, context, next) {
  if (
    (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')) &&
    specifier.endsWith('.js') &&
    context.parentURL?.startsWith('file:')
  ) {
    const url = new URL(specifier, context.parentURL);
    const ts = url.href.replace(/\.js$/, '.ts');
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(ts))) return next(ts, context);
  }
  return next(specifier, context);
}

export function loadSync(url, context, next) {
  if (!url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
  const source = readFileSync(fileURLToPath(url), 'utf8');
  const { code } = transformSync(source, {
    filename: fileURLToPath(url),
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}

export async function resolve(specifier, context, next) {
  return resolveSync(specifier, context, next);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
  return loadSync(url, context, () => {
    throw new Error(`unreachable: ${url}`);
  });
}
