import type { FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * CSRF check for requests authenticated by the session cookie (the staff console's
 * forms). Browsers attach cookies to cross-site requests, so a state-changing request
 * must prove it comes from our own pages: Sec-Fetch-Site says same-origin, or the
 * Origin (else Referer) is this site. A request with none of these is refused. Requests
 * with a bearer token need no check: browsers never add that header on their own.
 * (The cookie is also SameSite=Strict; this holds even where that is not honoured.)
 */
export function crossSiteCookieRequest(request: FastifyRequest, publicBaseUrl: string): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  if (!origin) return true;
  const allowed = new Set([originOf(publicBaseUrl), `${request.protocol}://${request.host}`]);
  return !allowed.has(origin);
}
