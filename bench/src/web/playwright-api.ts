/**
 * The part of Playwright's API the web bench uses. Playwright is lent by the e2e workspace at run
 * time (see paths.ts); its own types live there, out of this workspace's reach.
 */
export interface Page {
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit' }): Promise<unknown>;
  /** A script's source text: the bench compiles without the DOM's types. */
  evaluate(expression: string): Promise<unknown>;
  waitForLoadState(state: 'load' | 'domcontentloaded' | 'networkidle'): Promise<void>;
  getByRole(role: 'searchbox' | 'combobox', options: { name: string }): { click(): Promise<void> };
  keyboard: { type(text: string, options?: { delay?: number }): Promise<void>; press(key: string): Promise<void> };
  close(): Promise<void>;
}

export interface ApiResponse {
  status(): number;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type StorageState = Record<string, unknown>;

export interface BrowserContext {
  newPage(): Promise<Page>;
  addInitScript(script: { content: string }): Promise<void>;
  request: {
    get(url: string): Promise<ApiResponse>;
    post(url: string, options: { data: unknown }): Promise<ApiResponse>;
  };
  storageState(): Promise<StorageState>;
  close(): Promise<void>;
}

export interface Browser {
  newContext(options: {
    baseURL: string;
    storageState?: StorageState;
    viewport?: { width: number; height: number };
  }): Promise<BrowserContext>;
  close(): Promise<void>;
}

export interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser> };
}
