// The Express 5 BFF lands with issue 3; the workspace, typecheck and lint already cover it.
export type { Problem } from '@chime-console/contracts';
