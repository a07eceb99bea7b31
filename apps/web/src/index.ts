// The SPA lands with issue 4; its API types will come from @chime-console/contracts only.
export type { Problem } from '@chime-console/contracts';
