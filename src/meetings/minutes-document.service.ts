import type { Viewer } from '../auth/conflict/viewer.js';
import { Injectable } from '@nestjs/common';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { AppConfig } from '../infra/config/app-config.js';
import { MeetingsService } from './meetings.service.js';
import { minutesBlocks, type MinutesBlock } from './minutes-lines.js';

const FONT = { ascii: 'SimSun', eastAsia: '宋体', hAnsi: 'SimSun' };

function paragraph(block: MinutesBlock): Paragraph {
  if (block.kind === 'title') {
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: block.text, bold: true, font: FONT, size: 36 })],
    });
  }
  if (block.kind === 'heading')
    return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: block.text, bold: true, font: FONT })] });
  return new Paragraph({ children: [new TextRun({ text: block.text, font: FONT })] });
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
    const doc = new Document({
      creator: department,
      title: `${meeting.title}纪要`,
      styles: { default: { document: { run: { font: FONT, size: 24 } } } },
      sections: [{ children: minutesBlocks(meeting, department).map(paragraph) }],
    });
    return { fileName: `联席会议纪要-${meeting.number}.docx`, body: await Packer.toBuffer(doc) };
  }
}
