import type * as DocxLibrary from 'docx';
import type ExcelJS from 'exceljs';
import type PDFKit from 'pdfkit';

/**
 * The heavy document libraries, loaded the first time a document is made rather than when a
 * process boots: pdfkit and exceljs each add ~30 MB of resident memory and a quarter of a
 * second to every start of the api, the worker and the CLIs, most of which never make one.
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function loadPdfKit(): Promise<typeof PDFKit> {
  return (await import('pdfkit')).default;
}

export type Docx = typeof DocxLibrary;

/** docx (Word documents): ~65 ms and ~24 MB of resident memory at a start, for the few requests that make one. */
export async function loadDocx(): Promise<Docx> {
  return import('docx');
}
