import { useCallback, useEffect, useState } from 'react';
import { focusMainContent } from './main-content.ts';

/** What a person fills in: Cloudscape's Select and Multiselect open from a button that pops up a listbox. */
const FIELD = [
  'input:not([type="hidden"]):not(:disabled)',
  'textarea:not(:disabled)',
  'select:not(:disabled)',
  'button[aria-haspopup="listbox"]:not(:disabled)',
].join(', ');

const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/**
 * Focus for a dialog, as a keyboard user needs it. Opening: the first field, so typing starts at
 * once (Cloudscape's Modal focuses its close button, the first thing in it). Closing: back to the
 * button that opened it. Cloudscape restores focus itself, but only to what was focused when its
 * focus lock started, which is nothing when a field took focus first (autoFocus); and after an
 * action the opener may be gone (the row deleted, the page left): then the page's main content.
 *
 * Returns a ref for the element that holds the dialog's fields.
 */
export function useDialogFocus(): (content: HTMLElement | null) => void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(
    () => () => {
      // A frame later: the action that closed the dialog may still be re-rendering the page.
      requestAnimationFrame(() => {
        if (!focusLost()) return;
        if (opener?.isConnected) opener.focus();
        if (focusLost()) focusMainContent();
      });
    },
    [opener],
  );

  return useCallback((content: HTMLElement | null) => {
    if (content === null) return;
    // After the modal's focus lock has run (it does so once the portal has rendered the dialog).
    const timer = setTimeout(() => content.querySelector<HTMLElement>(FIELD)?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
}
