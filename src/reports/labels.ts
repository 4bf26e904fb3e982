/**
 * Chinese labels of the report module's codes, one catalogue for every page, email and
 * document that shows them (a raw code never reaches a person).
 */
export const DISPOSITION_LABELS: Record<string, string> = {
  TALK_INQUIRY: '谈话函询',
  PRELIMINARY_VERIFICATION: '初步核实',
  FILED_PENDING: '暂存待查',
  CLOSED_NO_ACTION: '予以了结',
  TRANSFER: '转办',
  NOT_ACCEPTED: '不予受理',
};

/** A proposal waiting for approval: a disposition, or CLOSE for 办结. */
export const PENDING_LABELS: Record<string, string> = { ...DISPOSITION_LABELS, CLOSE: '办结' };

export const DEADLINE_LABELS: Record<string, string> = {
  ACCEPTANCE_NOTICE: '受理告知',
  DISPOSITION: '处置',
  CONCLUSION: '办结',
  OUTCOME_NOTICE: '结果告知',
  WRITTEN_INQUIRY: '函询回复',
};
