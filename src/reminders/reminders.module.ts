import { Module } from '@nestjs/common';
import { TodoService } from './todo.service.js';

/** 待办 and the reminders that reach people: the to-do list each staff member sees and is sent. */
@Module({
  providers: [TodoService],
  exports: [TodoService],
})
export class RemindersModule {}
