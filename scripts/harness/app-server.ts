// Runs the production build (`next start`, from the existing .next folder) as
// a child process for the soak benchmark and the fault suite.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface AppServer {
  url: string;
  pid: number;
  /** Everything the server printed, for assertions and failure reports. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<number | string>;
}

export interface AppServerOptions {
  port: number;
  env: Record<string, string | undefined>;
  /** Extra flags for node, e.g. --max-old-space-size. */
  nodeFlags?: string[];
  readyTimeoutMs?: number;
}

/** A secret shared by instances that must accept each other's sessions. */
export const sharedSecret = () => randomBytes(32).toString('base64url');

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next'), 'start', '--port', String(options.port), '--hostname', '127.0.0.1'],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        // The app's own SIGTERM handler (instrumentation.ts) is the only one.
        NEXT_MANUAL_SIG_HANDLE: 'true',
        AUTH_TRUST_HOST: 'true',
        APP_URL: url,
        DEMO_CONTENT: 'false',
        // Clients connect directly; production refuses to start without this choice.
        TRUST_PROXY: '0',
        ...options.env,
      },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  let gone = false;
  void exited.then(() => (gone = true));

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  for (;;) {
    if (gone) throw new Error(`next start exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start was not ready in time:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  return {
    url,
    pid: child.pid!,
    output: () => output,
    exited,
    signal: (signal) => {
      if (!gone) child.kill(signal);
    },
    async stop(graceMs = 20_000) {
      if (gone) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
