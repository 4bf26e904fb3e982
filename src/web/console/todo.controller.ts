import { Controller, Get, Header, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentStaff, RequirePermission, type StaffPrincipal } from '../../auth/auth.decorators.js';
import { TODO_KINDS, TodoService } from '../../reminders/todo.service.js';
import { PageRenderer } from '../page-renderer.js';
import { zhCN } from '../page-texts.js';
import { ConsoleExceptionFilter } from './console-exception.filter.js';

const HTML = 'text/html; charset=utf-8';

/** 待办: every staff member's home, listing what their roles have waiting for them. */
@ApiExcludeController()
@Controller('console')
@UseFilters(ConsoleExceptionFilter)
export class TodoController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly todo: TodoService,
  ) {}

  @RequirePermission('session:self')
  @Get('todo')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  async page(@CurrentStaff() staff: StaffPrincipal): Promise<string> {
    const list = await this.todo.forStaff(staff);
    const sections = TODO_KINDS.filter((k) => list[k] !== null).map((k) => ({ kind: k, title: zhCN.todo.sections[k], items: list[k]! }));
    return this.pages.render('console/todo', { title: zhCN.todo.title, staff, sections, today: this.todo.today() });
  }
}
