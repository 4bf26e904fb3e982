import type { FastifyReply } from 'fastify';

/**
 * Headers for a file sent as a download: its own (often Chinese) name per RFC 6266, an
 * ASCII name for clients that do not read `filename*` where there is one, never cached.
 */
export function asDownload(
  reply: FastifyReply,
  file: { mediaType: string; name: string; asciiName?: string },
  disposition: 'attachment' | 'inline' = 'attachment',
): FastifyReply {
  const fallback = file.asciiName ? `filename="${file.asciiName}"; ` : '';
  return reply
    .type(file.mediaType)
    .header('Cache-Control', 'no-store')
    .header('Content-Disposition', `${disposition}; ${fallback}filename*=UTF-8''${encodeURIComponent(file.name)}`);
}

/** Raster images a browser shows in the page (never SVG or documents, which are downloaded). */
const SHOWN_INLINE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/** Evidence for staff: images shown in the page, everything else downloaded. */
export function asEvidence(reply: FastifyReply, file: { mediaType: string; name: string }): FastifyReply {
  return asDownload(reply, file, SHOWN_INLINE.has(file.mediaType) ? 'inline' : 'attachment');
}
