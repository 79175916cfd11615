/**
 * Time and peak memory of what the benchmark runs. Memory is the resident set
 * of a process and of everything it started (a build's worker threads count in
 * its own, Pagefind and esbuild as processes of their own), read from /proc
 * every 100 ms.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in kB. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The peak resident memory of a process tree, sampled until `stop`; `reset` starts a new step's peak. */
export function samplePeakMemory(pid: number): { peakMB(): number; reset(): void; stop(): void } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(pid))), 100);
  return {
    peakMB: () => peak / 1024,
    reset: () => {
      peak = 0;
    },
    stop: () => clearInterval(timer),
  };
}

interface Measured {
  seconds: number;
  peakMB: number;
  output: string;
}

/** Runs a command to its end: seconds, peak memory and everything it printed; rejects when it fails. */
export function measure(command: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const memory = samplePeakMemory(child.pid!);
    child.on('close', (code) => {
      memory.stop();
      const result = { seconds: (performance.now() - started) / 1000, peakMB: memory.peakMB(), output };
      if (code === 0) resolve(result);
      else reject(new Error(`${command.join(' ')} exited ${code}\n${output.slice(-4000)}`));
    });
  });
}
