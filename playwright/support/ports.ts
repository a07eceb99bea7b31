/** Fixed loopback ports for the end-to-end stack: tests reach the emulator's control API directly. */
export const BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 4310);
export const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4311);
export const BFF_URL = `http://127.0.0.1:${BFF_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
