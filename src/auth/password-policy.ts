/** Staff password rules; returns what is wrong, in Chinese, or null when acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 12) return '密码至少 12 位';
  if (password.length > 256) return '密码过长';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  if (password.toLowerCase().includes(username.toLowerCase())) return '密码不得包含用户名';
  return null;
}
