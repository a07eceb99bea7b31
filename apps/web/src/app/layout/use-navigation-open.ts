import { useCallback, useState, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'chime-console.navigation-open';
/** Below this the open navigation squeezes a table into horizontal scrolling; it starts closed. */
const NARROW = '(max-width: 1199px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => window.matchMedia(NARROW).matches;

/** The build's prerendered shell (src/app/prerender.tsx) draws a wide window with the navigation open. */
const isNarrowOnServer = () => false;

function readRemembered(): boolean {
  return typeof localStorage === 'undefined' || localStorage.getItem(STORAGE_KEY) !== 'false';
}

/**
 * The side navigation's state. In a wide window it is what the person last chose (remembered in
 * this browser); in a narrow one it starts closed on every page, and opening it there is not
 * remembered, so it does not come back open when the window is wide again or the next page opens.
 */
export function useNavigationOpen(): [boolean, (open: boolean) => void] {
  const narrow = useSyncExternalStore(subscribe, isNarrow, isNarrowOnServer);
  const [remembered, setRemembered] = useState(readRemembered);
  const [openWhileNarrow, setOpenWhileNarrow] = useState(false);
  const [narrowWhenOpened, setNarrowWhenOpened] = useState(narrow);
  // Going narrow again closes what was opened in an earlier narrow spell.
  if (narrowWhenOpened !== narrow) {
    setNarrowWhenOpened(narrow);
    setOpenWhileNarrow(false);
  }

  const setOpen = useCallback(
    (open: boolean) => {
      if (narrow) {
        setOpenWhileNarrow(open);
        return;
      }
      localStorage.setItem(STORAGE_KEY, String(open));
      setRemembered(open);
    },
    [narrow],
  );
  return [narrow ? openWhileNarrow : remembered, setOpen];
}
