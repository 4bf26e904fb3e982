import { describe, expect, it } from '@jest/globals';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { AppModule } from './app.module.js';
import { JobHandler } from './infra/queue/job-handler.js';
import { WorkerModule } from './worker.module.js';

/**
 * "API and worker" in docs/DEVELOPING.md, read from the module graph itself: the api never
 * provides a job handler (it consumes no queue), and the worker provides every handler
 * there is. A new handler put in a module the api imports fails here.
 */
type ModuleRef = Type | DynamicModule | ForwardReference | Promise<DynamicModule>;

function isDynamic(ref: object): ref is DynamicModule {
  return 'module' in ref;
}

function isForward(ref: object): ref is ForwardReference {
  return 'forwardRef' in ref;
}

/** Every module reachable from root, with the providers each declares. */
function moduleGraph(root: Type): Map<string, unknown[]> {
  const seen = new Map<string, unknown[]>();
  const visit = (ref: ModuleRef | undefined): void => {
    if (!ref || ref instanceof Promise) return;
    if (isForward(ref)) return visit(ref.forwardRef() as ModuleRef);
    const type = isDynamic(ref) ? ref.module : ref;
    const dynamic = isDynamic(ref) ? ref : undefined;
    const name = type.name + (dynamic ? '(dynamic)' : '');
    if (seen.has(name)) return;
    const meta = <T>(key: string): T[] => (Reflect.getMetadata(key, type) as T[] | undefined) ?? [];
    seen.set(name, [...meta<Provider>(MODULE_METADATA.PROVIDERS), ...(dynamic?.providers ?? [])]);
    for (const child of [...meta<ModuleRef>(MODULE_METADATA.IMPORTS), ...((dynamic?.imports ?? []) as ModuleRef[])]) visit(child);
  };
  visit(root);
  return seen;
}

function handlersIn(graph: Map<string, unknown[]>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [module, providers] of graph) {
    for (const provider of providers) {
      const type = typeof provider === 'function' ? provider : (provider as { useClass?: unknown }).useClass;
      if (typeof type !== 'function') continue;
      const job = Reflect.getMetadata(JobHandler.KEY, type) as string | undefined;
      if (job) found.set(`${type.name} (${job})`, module);
    }
  }
  return found;
}

describe('what runs in the api and what in the worker', () => {
  const api = moduleGraph(AppModule);
  const worker = moduleGraph(WorkerModule);

  it('walks both graphs (the walk itself sees the modules it must)', () => {
    expect(api.has('AppModule')).toBe(true);
    expect(api.has('TriageModule')).toBe(true);
    expect(worker.has('TriageWorkerModule')).toBe(true);
    expect(handlersIn(worker).size).toBeGreaterThanOrEqual(15);
  });

  it('the api provides no job handler', () => {
    expect([...handlersIn(api)].map(([handler, module]) => `${handler} in ${module}`)).toEqual([]);
  });

  it('every module named *-worker is imported by the worker only', () => {
    const workerOnly = [...worker.keys()].filter((name) => /WorkerModule/.test(name));
    expect(workerOnly.length).toBeGreaterThanOrEqual(6);
    expect(workerOnly.filter((name) => api.has(name))).toEqual([]);
  });
});
