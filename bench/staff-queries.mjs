// Staff and vetting queries at scale (issue 9, benchmark 4): the inbox's first page
// (filtered and with the default sort), the dashboard's figures, and a 50-candidate
// vetting run, each timed through the real api (p50 and p95 over sequential requests).
import { execFileSync } from 'node:child_process';
import { generateVettingFacts } from './vetting-data.mjs';

const USER = 'bench-officer';
const PASSWORD = 'Quiet-Harbour-Lamp-42';

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);
const round = (x, d = 1) => Number(x.toFixed(d));

/** A staff account with the roles the timed pages need (inbox, dashboard, vetting), and its token. */
export async function staffToken(env, baseUrl) {
  try {
    execFileSync('node', ['dist/cli/create-admin.js', '--username', USER, '--roles', 'TRIAGE_OFFICER,SUPERVISOR'], {
      env: { ...env, QF_ADMIN_PASSWORD: PASSWORD },
      stdio: 'ignore',
    });
  } catch {
    // Already there (a kept database): the log-in below says whether it can be used.
  }
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: USER, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`log-in answered ${res.status}: ${await res.text()}`);
  return (await res.json()).token;
}

/** Sequential requests (one at a time, as a person clicks); sorted durations in ms. */
async function time(times, request) {
  const samples = [];
  for (let i = 0; i < times; i += 1) {
    const t = performance.now();
    const res = await request(i);
    const body = await res.text();
    if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${body.slice(0, 500)}`);
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b);
}

const civil = (d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** A table row: p50, p95, the goal and by how much it is missed. */
function row(query, samples, goalMs) {
  const p95 = round(percentile(samples, 95));
  const met = p95 <= goalMs;
  return {
    query,
    requests: samples.length,
    'p50 ms': round(percentile(samples, 50)),
    'p95 ms': p95,
    goal: `p95 ≤ ${goalMs}`,
    verdict: met ? 'met' : `NOT met: +${round(p95 - goalMs)} ms (×${(p95 / goalMs).toFixed(2)})`,
  };
}

/**
 * Times the staff queries against a running api over the benchmark's database (`db` is a
 * connected pg client on it; `tips` the number of earlier tips, for the title). Adds the
 * vetting facts and a 50-candidate slate to the data first.
 */
export async function benchStaffQueries({ env, db, baseUrl, tips, times = 40 }) {
  const token = await staffToken(env, baseUrl);
  const auth = { authorization: `Bearer ${token}` };
  const get = (path) => () => fetch(`${baseUrl}${path}`, { headers: auth });

  const inboxFiltered = await time(times, get('/api/v1/triage/inbox?status=TRIAGED&priority=HIGH&pageSize=20'));
  const inboxDefault = await time(times, get('/api/v1/triage/inbox?pageSize=20'));
  const inboxOverdue = await time(times, get('/api/v1/triage/inbox?overdue=true&sort=due&pageSize=20'));

  // The dashboard opens on the year so far; a twelve-month period covers every generated tip.
  const today = new Date();
  const yearAgo = civil(new Date(today.getTime() - 364 * 86_400_000));
  const dashboard = await time(times, get('/api/v1/statistics'));
  const dashboardYear = await time(times, get(`/api/v1/statistics?from=${yearAgo}&to=${civil(today)}`));

  const { slate } = await generateVettingFacts(db, { candidates: 50 });
  let verdicts = null;
  const vetting = await time(times, (i) =>
    fetch(`${baseUrl}/api/v1/vetting/runs`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `基准测试批次 ${i + 1}`, slate }),
    }).then(async (res) => {
      if (i === 0 && res.ok) {
        const body = await res.clone().json();
        verdicts = Object.fromEntries(['PASS', 'PENDING', 'BLOCK'].map((v) => [v, body.candidates.filter((c) => c.verdict === v).length]));
      }
      return res;
    }),
  );

  const rows = [
    row('inbox first page, filtered (status, priority)', inboxFiltered, 50),
    row('inbox first page, default sort', inboxDefault, 50),
    row('inbox first page, overdue by due date', inboxOverdue, 50),
    row('dashboard figures, year so far (GET /api/v1/statistics)', dashboard, 500),
    row('dashboard figures, last twelve months', dashboardYear, 500),
    row(`vetting run, ${slate.length} candidates evaluated (POST /api/v1/vetting/runs)`, vetting, 200),
  ];
  return {
    title: `Staff and vetting queries at ${tips} tips (sequential requests through the api, ms)`,
    rows,
    vettingVerdicts: verdicts,
    inboxFilteredP95: rows[0]['p95 ms'],
    inboxDefaultP95: rows[1]['p95 ms'],
    inboxOverdueP95: rows[2]['p95 ms'],
    dashboardP95: rows[3]['p95 ms'],
    dashboardYearP95: rows[4]['p95 ms'],
    vettingRunP95: rows[5]['p95 ms'],
  };
}
