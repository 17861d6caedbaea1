import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every usual Linux). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** Every process now: its parent, the CPU seconds it has used (user + system), its command line. */
function processes() {
  const all = new Map();
  let names;
  try {
    names = readdirSync('/proc');
  } catch {
    return all; // Not Linux: nothing to sample.
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) / TICKS;
      all.set(Number(name), { ppid: Number(fields[1]), cpu, cmd });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return all;
}

/** What a Chromium process does: IndexedDB's backend runs in the storage service. */
function role(cmd) {
  const type = /--type=([\w-]+)/.exec(cmd)?.[1];
  if (!type) return 'browser';
  if (type === 'renderer') return 'page';
  if (type === 'utility') {
    const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? '';
    if (sub.includes('Storage')) return 'storage';
    if (sub.includes('Network')) return 'network';
    return 'utility';
  }
  if (type === 'gpu-process') return 'gpu';
  return 'other';
}

function descends(all, pid, ancestor) {
  for (let at = pid, hops = 0; at > 1 && hops < 64; hops += 1) {
    if (at === ancestor) return true;
    at = all.get(at)?.ppid ?? 0;
  }
  return false;
}

/**
 * Samples, every `every` ms, the CPU seconds used so far by the center stand-in and by each kind of
 * process of the bench's Chromium (the one started on `profileDir`). A 2-core machine runs the center,
 * the page and IndexedDB side by side: the split says whether a slow row waits or computes, and where.
 * Linux only (/proc); elsewhere the split is empty.
 */
export function sampleCpu({ centerPid, profileDir, every = 250 }) {
  const samples = [];
  let on = true;
  const snapshot = () => {
    const all = processes();
    const browser = [...all].find(
      ([, p]) => p.cmd.includes(`--user-data-dir=${profileDir}`) && !/--type=/.test(p.cmd),
    );
    const used = {};
    for (const [pid, p] of all) {
      const part =
        pid === centerPid ? 'center' : browser && descends(all, pid, browser[0]) ? role(p.cmd) : null;
      if (part) used[part] = (used[part] ?? 0) + p.cpu;
    }
    return used;
  };
  const loop = (async () => {
    while (on) {
      samples.push({ at: Date.now(), used: snapshot() });
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  })();
  return {
    stop: async () => {
      on = false;
      await loop;
    },
    /**
     * The CPU seconds each part used between two instants (Date.now), largest first, as a note:
     * "CPU in it: center 12.1 s, page 9.0 s, storage 6.2 s … of 2 cores × 35.0 s".
     */
    note({ from, to }) {
      const before = samples.filter((s) => s.at <= from).at(-1);
      const after = samples.find((s) => s.at >= to);
      if (!before || !after) return '';
      const parts = Object.entries(after.used)
        .map(([part, cpu]) => [part, Math.max(0, cpu - (before.used[part] ?? 0))])
        .filter(([, cpu]) => cpu >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .map(([part, cpu]) => `${part} ${cpu.toFixed(1)} s`);
      if (parts.length === 0) return '';
      const wall = (after.at - before.at) / 1000;
      return `CPU in it: ${parts.join(', ')} of ${availableParallelism()} cores × ${wall.toFixed(1)} s`;
    },
  };
}
