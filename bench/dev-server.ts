/**
 * The editors' preview, `npm run dev`, as an editor starts it: how long until
 * it serves a plan page, and how long until an edit to that plan shows
 * without a restart.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { samplePeakMemory } from './memory-sampler';
import type { DevServer } from './report';

/** How long the dev server may take to serve its first plan page, and to show an edit, before it counts as a miss. */
const DEV_FIRST_PAGE_TIMEOUT = 600;
const DEV_EDIT_TIMEOUT = 120;

/**
 * The address the dev server says it listens on, once it has said it. Astro's content store remembers the
 * config it was filled with, port included, and empties itself when that changes; so the server starts as
 * an editor starts it, with no --port, and picks its own port.
 */
async function devAddress(output: () => string, deadline: number, ended: () => boolean): Promise<string | undefined> {
  while (!ended() && performance.now() < deadline) {
    const address = /https?:\/\/localhost:\d+\//.exec(output())?.[0];
    if (address) return address;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/**
 * Fetches `url` until a 200 whose HTML passes `accept`, one request at a time, ~250 ms apart: the moment
 * that full response arrived, or, at the deadline or once the server has ended, what the last try got.
 */
async function pollPage(url: string, accept: (html: string) => boolean, deadline: number, ended: () => boolean): Promise<{ at: number } | { last: string }> {
  let last = 'chưa hỏi lần nào';
  while (!ended() && performance.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.ceil(deadline - performance.now())) });
      const html = await response.text();
      if (response.ok && accept(html)) return { at: performance.now() };
      last = `HTTP ${response.status}${response.ok ? ', chưa có thay đổi' : ''}`;
    } catch (error) {
      // Not listening yet, or the request ran past the deadline.
      last = String((error as Error).cause ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { last };
}

/** Live processes of a process group (zombies have exited already). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which may hold spaces and parentheses: state, ppid, pgrp.
      const [state, , pgrp] = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
    } catch {
      // The process ended while we read it.
    }
  }
  return members;
}

/** Ends npm, Astro and whatever they started (esbuild), so that nothing serves or computes during the next measurement. */
async function stopGroup(pgid: number): Promise<void> {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    try {
      process.kill(-pgid, signal);
    } catch {
      return; // No process left in the group.
    }
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      if (groupMembers(pgid).length === 0) return;
    }
  }
  throw new Error(`npm run dev (process group ${pgid}) survived SIGKILL: ${groupMembers(pgid).join(', ')}`);
}

/**
 * `npm run dev` as an editor starts it: seconds from spawn until `planPath` is served, then, unless
 * `edit` is false, seconds from an edit to `planFile`'s summary until the page shows it, without a
 * restart. Each step's peak memory is that of the server's whole process tree. `planFile` is restored
 * afterwards.
 */
export async function benchDevServer(env: NodeJS.ProcessEnv, planFile: string, planPath: string, { edit: editing = true } = {}): Promise<DevServer> {
  const original = readFileSync(planFile, 'utf8');
  const timeoutSeconds = { firstPage: DEV_FIRST_PAGE_TIMEOUT, edit: DEV_EDIT_TIMEOUT };
  const started = performance.now();
  // Its own process group, so that stopping it reaches Astro and esbuild, not just npm.
  const child = spawn('npm', ['run', '--silent', 'dev'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // Without the line Astro logs for each of our requests, which would crowd out everything else.
  const serverLog = () => output.split('\n').filter((line) => !/\[\d{3}\] \//.test(line)).join('\n').slice(-4000);
  let ended = false;
  child.on('exit', () => (ended = true));
  const memory = samplePeakMemory(child.pid!);
  try {
    const deadline = started + DEV_FIRST_PAGE_TIMEOUT * 1000;
    const address = await devAddress(() => output, deadline, () => ended);
    const url = `${address ?? 'http://localhost:4321/'}${planPath.slice(1)}`;
    const served = await pollPage(url, () => true, deadline, () => ended);
    const firstPage = { seconds: 'at' in served ? (served.at - started) / 1000 : null, peakMB: memory.peakMB() };
    if (!('at' in served)) {
      console.log(`npm run dev không trả ${planPath} ${ended ? '(máy chủ đã dừng)' : `sau ${DEV_FIRST_PAGE_TIMEOUT} s`}; lần hỏi cuối: ${served.last}\n${serverLog()}`);
      return { firstPage, edit: null, timeoutSeconds };
    }
    if (!editing) return { firstPage, edit: null, timeoutSeconds };
    memory.reset();
    const marker = `bench-dev-${Date.now().toString(36)}`;
    writeFileSync(planFile, original.replace(/^summary: "/m, `summary: "${marker} `));
    const edited = performance.now();
    const shown = await pollPage(url, (html) => html.includes(marker), edited + DEV_EDIT_TIMEOUT * 1000, () => ended);
    const edit = { seconds: 'at' in shown ? (shown.at - edited) / 1000 : null, peakMB: memory.peakMB() };
    if (!('at' in shown)) console.log(`npm run dev chưa hiện thay đổi sau ${DEV_EDIT_TIMEOUT} s${ended ? ' (máy chủ đã dừng)' : ''}; lần hỏi cuối: ${shown.last}\n${serverLog()}`);
    return { firstPage, edit, timeoutSeconds };
  } finally {
    memory.stop();
    await stopGroup(child.pid!);
    writeFileSync(planFile, original);
  }
}
