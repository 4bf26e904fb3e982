import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './ports.js';

/**
 * The built application as separate processes (dist/main.js, dist/worker.js), for the
 * tests that kill them or run several copies. `npm test` builds before testing.
 */
export class AppProcess {
  private exited = false;
  output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000)));
    child.stderr?.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-20_000)));
    child.once('exit', () => (this.exited = true));
  }

  static start(script: 'dist/main.js' | 'dist/worker.js', env: Record<string, string>, logLevel = 'warn'): AppProcess {
    if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first (npm test does)`);
    return new AppProcess(
      spawn(process.execPath, [script], { env: { ...process.env, ...env, LOG_LEVEL: logLevel }, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
  }

  static async api(env: Record<string, string>, logLevel = 'warn'): Promise<{ process: AppProcess; url: string }> {
    const port = await freePort();
    const proc = AppProcess.start('dist/main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' }, logLevel);
    const url = `http://127.0.0.1:${port}`;
    // Generous: on two cores shared with the other spec file, evaluations and Chromium, a
    // process loading the whole application once took over 30 s to listen.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (proc.exited) throw new Error(`api exited:\n${proc.output}`);
      try {
        if ((await fetch(`${url}/health/live`)).ok) return { process: proc, url };
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`api did not answer:\n${proc.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  get alive(): boolean {
    return !this.exited;
  }

  kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill(signal);
    });
  }
}
