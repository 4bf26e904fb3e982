// Staff and vetting queries at scale (issue 9, benchmark 4): the inbox's first page
// (filtered and with the default sort), the dashboard's figures, and a 50-candidate
// vetting run, each timed through the real api (p50 and p95 over sequential requests),
// with the worker idle and again while it drains a burst (issue 15).
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

/**
 * Sequential requests (one at a time, as a person clicks); sorted durations in ms. `between`
 * runs before each request, outside the timing (it keeps the worker busy in the second phase).
 */
async function time(times, request, between) {
  const samples = [];
  for (let i = 0; i < times; i += 1) {
    await between?.();
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
function row(worker, query, samples, goalMs) {
  const p95 = round(percentile(samples, 95));
  const met = p95 <= goalMs;
  return {
    worker,
    query,
    requests: samples.length,
    'p50 ms': round(percentile(samples, 50)),
    'p95 ms': p95,
    goal: `p95 ≤ ${goalMs}`,
    verdict: met ? 'met' : `NOT met: +${round(p95 - goalMs)} ms (×${(p95 / goalMs).toFixed(2)})`,
  };
}

/** The issue's goals (issue 15), p95 in ms. */
const GOALS = { inbox: 50, dashboard: 300, vetting: 200 };

/**
 * Times the staff queries against a running api over the benchmark's database (`db` is a
 * connected pg client on it; `tips` the number of earlier tips, for the title). Adds the
 * vetting facts and a 50-candidate slate to the data first. Every query is timed twice: with
 * the worker idle, then while it drains a burst (`burst`: begin() starts it, tick() between
 * requests keeps tips waiting, end() says how the worker fared, waitIdle() waits for the worker
 * to go quiet), the two printed side by side.
 */
export async function benchStaffQueries({ env, db, baseUrl, tips, times = 40, burst, nice }) {
  const token = await staffToken(env, baseUrl);
  const auth = { authorization: `Bearer ${token}` };
  const get = (path) => () => fetch(`${baseUrl}${path}`, { headers: auth });
  const { slate } = await generateVettingFacts(db, { candidates: 50 });
  // The dashboard opens on the year so far; a twelve-month period covers every generated tip.
  const today = new Date();
  const yearAgo = civil(new Date(today.getTime() - 364 * 86_400_000));
  let verdicts = null;
  let runNumber = 0;

  const reads = async (worker, between) => {
    const timed = (request) => time(times, request, between);
    const inboxFiltered = await timed(get('/api/v1/triage/inbox?status=TRIAGED&priority=HIGH&pageSize=20'));
    const inboxDefault = await timed(get('/api/v1/triage/inbox?pageSize=20'));
    const inboxOverdue = await timed(get('/api/v1/triage/inbox?overdue=true&sort=due&pageSize=20'));
    const dashboard = await timed(get('/api/v1/statistics'));
    const dashboardYear = await timed(get(`/api/v1/statistics?from=${yearAgo}&to=${civil(today)}`));
    return [
      row(worker, 'inbox first page, filtered (status, priority)', inboxFiltered, GOALS.inbox),
      row(worker, 'inbox first page, default sort', inboxDefault, GOALS.inbox),
      row(worker, 'inbox first page, overdue by due date', inboxOverdue, GOALS.inbox),
      row(worker, 'dashboard figures, year so far (GET /api/v1/statistics)', dashboard, GOALS.dashboard),
      row(worker, 'dashboard figures, last twelve months', dashboardYear, GOALS.dashboard),
    ];
  };
  const vetting = async (worker, between) => {
    const samples = await time(
      times,
      () => {
        runNumber += 1;
        const first = runNumber === 1;
        return fetch(`${baseUrl}/api/v1/vetting/runs`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify({ title: `基准测试批次 ${runNumber}`, slate }),
        }).then(async (res) => {
          if (first && res.ok) {
            const body = await res.clone().json();
            verdicts = Object.fromEntries(
              ['PASS', 'PENDING', 'BLOCK'].map((v) => [v, body.candidates.filter((c) => c.verdict === v).length]),
            );
          }
          return res;
        });
      },
      between,
    );
    return row(worker, `vetting run, ${slate.length} candidates evaluated (POST /api/v1/vetting/runs)`, samples, GOALS.vetting);
  };

  // A vetting run leaves the worker hundreds of jobs (its agencies' notices, appointment checks),
  // which would stand in the queue before a burst's tips: the runs are timed last in each phase,
  // the idle ones once the burst and those jobs are done.
  const idle = await reads('idle');
  let busy = [];
  let drained = null;
  let settled = null;
  if (burst) {
    await burst.begin();
    busy = await reads('draining a burst', burst.tick);
    const busyVetting = await vetting('draining a burst', burst.tick);
    drained = await burst.end();
    settled = await burst.waitIdle();
    // Each run leaves the worker its follow-up jobs (the agencies' notices, the appointment
    // checks of tips about its candidates): the next idle run waits until they are done, so
    // the worker is idle for every run timed as idle, as it is for a run a week in a district.
    idle.push(await vetting('idle', () => burst.waitIdle(120, 300)));
    busy.push(busyVetting);
  } else {
    idle.push(await vetting('idle'));
  }
  // Idle and draining side by side, query by query.
  const rows = idle.flatMap((r, i) => (busy[i] ? [r, busy[i]] : [r]));
  const p95 = (list) => ({
    inboxFilteredP95: list[0]?.['p95 ms'],
    inboxDefaultP95: list[1]?.['p95 ms'],
    inboxOverdueP95: list[2]?.['p95 ms'],
    dashboardP95: list[3]?.['p95 ms'],
    dashboardYearP95: list[4]?.['p95 ms'],
    vettingRunP95: list[5]?.['p95 ms'],
  });
  const during = drained
    ? `; then again while the worker drained a burst: ${drained.triaged} tips triaged in ${drained.seconds} s (${drained.tipsPerSecond}/s), ` +
      `${drained.dryChecks === 0 ? `tips waiting at every one of ${drained.checks} checks` : `NO tips waiting at ${drained.dryChecks} of ${drained.checks} checks`}; ` +
      `the idle vetting runs after the worker ${settled.idle ? `went idle (${settled.seconds} s later)` : `was still busy ${settled.seconds} s later (timed anyway)`}, ` +
      "each once the worker had done the previous run's follow-up jobs (the draining ones without waiting)"
    : '';
  return {
    title:
      `Staff and vetting queries at ${tips} tips (sequential requests through the api, ms; worker idle${during}; ` +
      `nice values (scheduling.nice): worker ${nice.worker}, api ${nice.api}). ` +
      'Shared machine: figures are noisy, compare the two phases of one run',
    rows,
    vettingVerdicts: verdicts,
    ...p95(idle),
    draining: drained ? { ...drained, settled, ...p95(busy) } : null,
  };
}
