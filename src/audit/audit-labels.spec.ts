import { describe, expect, it } from '@jest/globals';
import { describeAction, routeObject } from './audit-labels.js';

describe('audit actions in Chinese', () => {
  it.each([
    ['case.disposed', '案件处置'],
    ['identity.approve', '批准查看举报人身份'],
    ['GET /api/v1/triage/cases/:id', '查看举报案件'],
    ['POST /api/v1/triage/cases/:id/disposition', '提交处置'],
    ['PUT /api/v1/cadres/:id/file-audit', '修改档案审核'],
    ['DELETE /api/v1/cadre-relations/:cadreId/:relatedCadreId', '删除干部亲属关系'],
    ['GET /console/todo', '查看待办事项'],
    ['GET /api/v1/audit/export.csv', '查看导出（CSV）'],
    ['POST /console/vetting/notices/:id/withdraw', '提交撤销任前公示'],
  ])('%s → %s', (action, label) => {
    expect(describeAction(action)).toBe(label);
  });

  it('shows an unknown action as 其他操作 with its code, never as a bare code', () => {
    expect(describeAction('something.new')).toBe('其他操作（something.new）');
    expect(routeObject('/api/v1/:id')).toBeNull();
  });
});
