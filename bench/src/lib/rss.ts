import { readFileSync } from 'node:fs';

/** A process's resident set, in bytes, from the kernel's own account (/proc/<pid>/status VmRSS). */
export function readRss(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (match?.[1] === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

export interface RssPeak {
  peak: number;
  samples: number;
}

/**
 * Samples the process's RSS every `everyMs` from outside it, so the sampling costs the measured
 * process nothing; `stop()` answers the peak.
 */
export function sampleRss(pid: number, everyMs = 100): { stop: () => RssPeak } {
  let peak = readRss(pid);
  let samples = 1;
  const timer = setInterval(() => {
    peak = Math.max(peak, readRss(pid));
    samples++;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, readRss(pid));
      return { peak, samples: samples + 1 };
    },
  };
}
