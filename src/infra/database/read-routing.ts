import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { readContext, Reads } from './reads.js';

/** The staff member the auth guard found (request.staff), seen structurally: infra does not import auth. */
type StaffRequest = FastifyRequest & { staff?: { userId: string } };

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Marks a staff member's GET (or HEAD) as one whose reads may go to the replica: its handler
 * runs inside `readContext`, which `Reads.run` consults. Set here once for every route, so a
 * new GET route gets it by construction and any other method never does. (Guards run before
 * interceptors: the session and 回避 checks of the auth guard stay on the primary.)
 */
@Injectable()
export class ReadRoutingInterceptor implements NestInterceptor {
  constructor(private readonly reads: Reads) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reads.configured || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const userId = request.staff?.userId;
    if (!userId || !READ_METHODS.has(request.method)) return next.handle();
    return new Observable((subscriber) => {
      const subscription = readContext.run({ userId }, () => next.handle().subscribe(subscriber));
      return () => subscription.unsubscribe();
    });
  }
}

/**
 * Read-your-writes: after a staff member's successful non-GET request, and before its answer
 * leaves (so the GET a redirect leads to already sees it), the primary's WAL position is
 * recorded as their pin. A hook on the answer rather than an interceptor, because console forms
 * send their redirect from inside the handler.
 */
export function pinWritesBeforeAnswer(fastify: FastifyInstance, reads: Reads): void {
  if (!reads.configured) return;
  fastify.addHook('onSend', async (request, reply) => {
    const userId = (request as StaffRequest).staff?.userId;
    if (userId && !READ_METHODS.has(request.method) && request.method !== 'OPTIONS' && reply.statusCode < 400) {
      await reads.noteWrite(userId);
    }
  });
}
