// Helpers for tests and benchmarks elsewhere in the workspace (the BFF's suite, bench/).
export { signChimeRequest, signedFetch, type RawChimeRequest, type SigningKey } from './sign-request.ts';
export { startTestEmulator, type TestEmulator } from './test-emulator.ts';
