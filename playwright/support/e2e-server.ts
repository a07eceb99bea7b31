import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `npm start`'s own demo stack, on a fresh database each run so that every run starts from the same state.
const dataDir = join(tmpdir(), `chime-console-e2e-${process.env.PORT ?? 'default'}`);
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
await import('../../apps/bff/src/demo.ts');
