import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installGracefulShutdown } from '@/lib/shutdown/graceful-shutdown';

describe('graceful shutdown', () => {
  it('lets a request in flight finish, refuses new connections, then closes resources and exits 0', async () => {
    const events: string[] = [];
    const exited = new Promise<number>((resolve) => {
      installGracefulShutdown({
        timeoutMs: 10_000,
        stopBackground: async () => void events.push('background stopped'),
        closeResources: async () => void events.push('resources closed'),
        log: () => {},
        exit: (code) => resolve(code),
      });
    });
    const handle = installGracefulShutdown({ timeoutMs: 0, stopBackground: async () => {}, closeResources: async () => {} });
    let release!: () => void;
    const server = createServer((_request, response) => {
      events.push('request started');
      release = () => response.end('done');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    const inFlight = fetch(url).then((r) => r.text());
    while (!events.includes('request started')) await new Promise((r) => setTimeout(r, 10));
    expect(handle.inFlight()).toBe(1);

    const shutdown = handle.shutdown('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    // Stopped accepting: a new connection is refused while the old request runs.
    await expect(fetch(url)).rejects.toThrow();
    expect(events).not.toContain('resources closed');

    release();
    expect(await inFlight).toBe('done');
    await shutdown;
    expect(await exited).toBe(0);
    expect(events).toEqual(['request started', 'background stopped', 'resources closed']);
    handle.dispose();
  });
});
