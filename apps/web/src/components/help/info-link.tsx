import Link from '@cloudscape-design/components/link';
import { createContext, useContext } from 'react';

/** Opens the page's help panel; null where the page has none (and in a component rendered on its own). */
export const OpenHelpContext = createContext<(() => void) | null>(null);

/** The "Info" link beside a header, opening the page's help panel, as in the AWS consoles. */
export function InfoLink({ about }: { about: string }) {
  const openHelp = useContext(OpenHelpContext);
  if (openHelp === null) return null;
  return (
    <Link variant="info" ariaLabel={`Info about ${about}`} onFollow={openHelp}>
      Info
    </Link>
  );
}
