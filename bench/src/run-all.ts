import { fileURLToPath } from 'node:url';
import { bffSuite } from './bff/index.ts';
import { bulkSuite } from './bulk/index.ts';
import { directorySuite } from './directory/index.ts';
import { emulatorSuite } from './emulator/index.ts';
import { formatFigure, verdictOf, type Figure } from './lib/figures.ts';
import { toResults, writeResults } from './lib/results.ts';
import type { Suite } from './lib/suite.ts';
import { webSuite } from './web/index.ts';

const SUITES: Suite[] = [emulatorSuite, bffSuite, webSuite, bulkSuite, directorySuite];

/** `node src/run-all.ts [suite…]` runs the named suites, or all of them. */
async function main(): Promise<number> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) throw new Error(`unknown suite ${unknown.join(', ')}; suites: ${SUITES.map((s) => s.name).join(', ')}`);
  let misses = 0;
  for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const ranAt = new Date();
    const figures: Figure[] = [];
    for (const benchmark of suite.benchmarks) {
      console.log(`[${suite.name}] ${benchmark.name}…`);
      const started = performance.now();
      const measured = await benchmark.run();
      for (const figure of measured) console.log(`  ${formatFigure(figure)}`);
      console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      figures.push(...measured);
    }
    misses += figures.filter((figure) => verdictOf(figure) === 'MISS').length;
    const file = fileURLToPath(new URL(`../results/${suite.name}.json`, import.meta.url));
    await writeResults(file, toResults(figures, ranAt));
    console.log(`[${suite.name}] wrote ${file}`);
  }
  console.log(misses === 0 ? 'All goals met.' : `${misses} goal(s) missed.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
