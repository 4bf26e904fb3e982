/** Small real files for upload tests: their first bytes are what type detection reads. */

// A 1×1 PNG.
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

// A minimal one-page PDF.
export const PDF_MINIMAL = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A shell script pretending to be a photo. */
export const DISGUISED_SCRIPT = Buffer.from('#!/bin/sh\nrm -rf / --no-preserve-root\n'.repeat(20));

export function validTip(overrides: Record<string, unknown> = {}) {
  return {
    subjects: [{ name: '王某某', unit: '示范区某局', post: '副局长' }],
    category: 'OFFICE_BUYING',
    body: '2026年3月，某局副局长王某某在其办公室收受下属现金五万元，承诺在年底干部调整中为其争取提拔，此事单位多人知晓。',
    incidentTime: '2026年3月',
    incidentPlace: '某局办公楼',
    anonymous: true,
    ...overrides,
  };
}
