import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { describeGoal, ratioOf, verdictOf, type Figure, type Goal } from './figures.ts';

interface FigureRecord extends Omit<Figure, 'goal' | 'name'> {
  ratio: number | null;
  verdict: string;
}

export interface SuiteResults {
  ranAt: string;
  node: string;
  cpus: number;
  figures: Record<string, FigureRecord>;
  goals: Record<string, Goal & { text: string }>;
}

export function toResults(figures: readonly Figure[], ranAt: Date): SuiteResults {
  const results: SuiteResults = { ranAt: ranAt.toISOString(), node: process.version, cpus: availableParallelism(), figures: {}, goals: {} };
  for (const figure of figures) {
    const { name, goal, ...rest } = figure;
    results.figures[name] = { ...rest, ratio: ratioOf(figure) ?? null, verdict: verdictOf(figure) };
    if (goal !== undefined) results.goals[name] = { ...goal, text: describeGoal(goal, figure.unit) };
  }
  return results;
}

export async function writeResults(file: string, results: SuiteResults): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
