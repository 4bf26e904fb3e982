// Edits a .env file key by key, keeping its comments and other lines.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Sets `values` in the file: a key already there is replaced in place (unless onlyMissing),
 * a new key is appended. Returns the keys whose value changed.
 */
export function setEnvKeys(file, values, { onlyMissing = false } = {}) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  if (lines.at(-1) === '') lines.pop();
  const changed = [];
  for (const [key, value] of Object.entries(values)) {
    const at = lines.findIndex((line) => new RegExp(`^\\s*(export\\s+)?${key}\\s*=`).test(line));
    const line = `${key}=${value}`;
    if (at < 0) {
      lines.push(line);
      changed.push(key);
    } else if (!onlyMissing && lines[at] !== line) {
      lines[at] = line;
      changed.push(key);
    }
  }
  if (changed.length) writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return changed;
}
