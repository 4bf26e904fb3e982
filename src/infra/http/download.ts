import type { FastifyReply } from 'fastify';

/**
 * Headers for a file sent as a download: its own (often Chinese) name per RFC 6266, an
 * ASCII name for clients that do not read `filename*` where there is one, never cached.
 */
export function asDownload(reply: FastifyReply, file: { mediaType: string; name: string; asciiName?: string }): FastifyReply {
  const fallback = file.asciiName ? `filename="${file.asciiName}"; ` : '';
  return reply
    .type(file.mediaType)
    .header('Cache-Control', 'no-store')
    .header('Content-Disposition', `attachment; ${fallback}filename*=UTF-8''${encodeURIComponent(file.name)}`);
}
