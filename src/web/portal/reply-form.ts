/** What the liaison typed in the reply form, shown again after an error. */
export interface ReplyFormValues {
  result: string;
  body: string;
  newDueOn: string;
}

/**
 * The reply form's flat fields as the document the API's reply schema takes, so the page
 * and the API go through one validation. A date is sent only with "more time needed".
 */
export function replyFormDocument(values: ReplyFormValues): Record<string, unknown> {
  const result = values.result.trim();
  const newDueOn = values.newDueOn.trim();
  return {
    ...(result ? { result } : {}),
    body: values.body,
    ...(result === 'MORE_TIME' && newDueOn ? { newDueOn } : {}),
  };
}
