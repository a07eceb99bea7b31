/** The page's main content: where "Skip to main content" lands, and where focus goes when what held it is gone. */
export const MAIN_CONTENT_ID = 'main-content';

export function focusMainContent(): void {
  document.getElementById(MAIN_CONTENT_ID)?.focus();
}
