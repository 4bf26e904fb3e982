import type { Viewer } from '../auth/conflict/viewer.js';
import { Injectable } from '@nestjs/common';
import type { Paragraph } from 'docx';
import { AppConfig } from '../infra/config/app-config.js';
import { loadDocx, type Docx } from '../infra/documents/load-libraries.js';
import { MeetingsService } from './meetings.service.js';
import { minutesBlocks, type MinutesBlock } from './minutes-lines.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

function paragraph(d: Docx, block: MinutesBlock): Paragraph {
  if (block.kind === 'title') {
    return new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      heading: d.HeadingLevel.TITLE,
      children: [new d.TextRun({ text: block.text, bold: true, font: FONT, size: 36 })],
    });
  }
  if (block.kind === 'heading')
    return new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun({ text: block.text, bold: true, font: FONT })] });
  return new d.Paragraph({ children: [new d.TextRun({ text: block.text, font: FONT })] });
}

/** The minutes (会议纪要) of a joint meeting as a DOCX document. */
@Injectable()
export class MinutesDocumentService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly config: AppConfig,
  ) {}

  async render(meetingId: string, viewer: Viewer): Promise<{ fileName: string; body: Buffer }> {
    const meeting = await this.meetings.view(meetingId, viewer);
    const department = this.config.settings.district.department;
    const d = await loadDocx();
    const doc = new d.Document({
      creator: department,
      title: `${meeting.title}纪要`,
      styles: { default: { document: { run: { font: FONT, size: 24 } } } },
      sections: [{ children: minutesBlocks(meeting, department).map((block) => paragraph(d, block)) }],
    });
    return { fileName: `联席会议纪要-${meeting.number}.docx`, body: await d.Packer.toBuffer(doc) };
  }
}
