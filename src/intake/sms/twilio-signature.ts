import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery, stringify as stringifyQuery } from 'node:querystring';

/**
 * X-Twilio-Signature, as Twilio specifies it ("Validating signatures from Twilio"):
 * HMAC-SHA1 with the auth token over the full URL Twilio requested followed by every
 * POST parameter, sorted by name, as name+value (repeated values deduplicated and
 * sorted), base64-encoded. Twilio may have signed the URL with or without the default
 * port, so both are accepted, as the official library does. Checked in tests against
 * the official `twilio` package.
 */
export type TwilioParams = Record<string, string | string[] | undefined>;

function paramString(name: string, value: string | string[]): string {
  if (Array.isArray(value))
    return [...new Set(value)]
      .sort()
      .map((v) => name + v)
      .join('');
  return name + value;
}

export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => {
      const value = params[key];
      return value === undefined ? acc : acc + paramString(key, value);
    }, url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

/** scheme://, user info, host, port (with its colon) and the rest, without normalizing anything. */
function splitUrl(url: string): { scheme: string; userInfo: string; host: string; port: string; rest: string } | null {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return null;
  const [prefix, scheme, authority] = match as unknown as [string, string, string];
  const userInfoEnd = authority.lastIndexOf('@');
  const hostAndPort = authority.slice(userInfoEnd + 1);
  const portStart = hostAndPort.indexOf(':', hostAndPort.lastIndexOf(']') + 1);
  return {
    scheme,
    userInfo: authority.slice(0, userInfoEnd + 1),
    host: portStart === -1 ? hostAndPort : hostAndPort.slice(0, portStart),
    port: portStart === -1 ? '' : hostAndPort.slice(portStart),
    rest: url.slice(prefix.length),
  };
}

function withPort(url: string): string {
  const p = splitUrl(url);
  if (!p || p.port) return url;
  return p.scheme + p.userInfo + p.host + (p.scheme.toLowerCase() === 'https://' ? ':443' : ':80') + p.rest;
}

function withoutPort(url: string): string {
  const p = splitUrl(url);
  return p ? p.scheme + p.userInfo + p.host + p.rest : url;
}

/** The query re-encoded as Node's legacy querystring does, for back ends that signed that form. */
function legacyQuery(url: string): string {
  const q = url.indexOf('?');
  if (q === -1 || q === url.length - 1) return url;
  return `${url.slice(0, q)}?${stringifyQuery(parseQuery(url.slice(q + 1)))}`;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function verifyTwilioSignature(authToken: string, signature: string, url: string, params: TwilioParams): boolean {
  const check = (candidate: string) => same(signature, twilioSignature(authToken, candidate, params));
  if ([withoutPort(url), withPort(url)].some(check)) return true;
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return false;
  }
  return [withoutPort(normalized), withPort(normalized)].flatMap((u) => [u, legacyQuery(u)]).some(check);
}
