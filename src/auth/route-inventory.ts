import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators.js';
import type { Permission } from './roles.js';

export interface RouteEntry {
  method: string;
  path: string;
  /** Controller.handler, for messages. */
  handler: string;
  isPublic: boolean;
  permission: Permission | null;
  /** The controller class and its method, to read the handler's other metadata. */
  controller: new (...args: never[]) => unknown;
  methodName: string;
}

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/**
 * Every HTTP route the Nest application serves, with the access rule it declares
 * (@Public or @RequirePermission, on the handler or its controller). Read from the same
 * metadata the router and AuthGuard use, so a route added anywhere appears here.
 */
export function routeInventory(app: INestApplicationContext): RouteEntry[] {
  const modules = app.get(ModulesContainer);
  const routes: RouteEntry[] = [];
  const seen = new Set<unknown>();
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller || seen.has(controller)) continue;
      seen.add(controller);
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined;
      const bases = Array.isArray(base) ? base : [base ?? '/'];
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const fn = proto[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn) as string | string[] | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[(Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined) ?? RequestMethod.GET];
        const isPublic = Boolean(Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, controller));
        const permission = (Reflect.getMetadata(PERMISSION_KEY, fn) ??
          Reflect.getMetadata(PERMISSION_KEY, controller) ??
          null) as Permission | null;
        for (const b of bases) {
          for (const p of Array.isArray(path) ? path : [path]) {
            routes.push({
              method,
              path: joinPath(b, p),
              handler: `${controller.name}.${name}`,
              isPublic,
              permission,
              controller,
              methodName: name,
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
