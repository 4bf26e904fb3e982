import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake/intake.module.js';
import { HtmlExceptionFilter } from './html-exception.filter.js';
import { PageRenderer } from './page-renderer.js';
import { PublicPagesController } from './public-pages.controller.js';

/** Server-rendered pages. Depends downward on the domain modules' services. */
@Module({
  imports: [IntakeModule],
  controllers: [PublicPagesController],
  providers: [PageRenderer, HtmlExceptionFilter],
  exports: [PageRenderer],
})
export class WebModule {}
