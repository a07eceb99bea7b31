import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Link, { type LinkProps } from '@cloudscape-design/components/link';
import styles from './truncated.module.css';

interface NameWithIdProps {
  /** What people call it: an account's name, a user's email. Absent while unknown (the ID stands in). */
  name: string | undefined;
  id: string;
  /** What the ID is, for the copy button: "account ID". */
  what: string;
  href?: string | undefined;
  onFollow?: LinkProps['onFollow'];
  /** Cut shorter, where many columns share the width. */
  narrow?: boolean;
}

/**
 * A name where people read names, with its ID on hover and a button that copies the ID for a ticket
 * or a CLI command. A name the console does not know (a deleted account) shows the ID itself.
 */
export function NameWithId({ name, id, what, href, onFollow, narrow = false }: NameWithIdProps) {
  const text = name ?? id;
  return (
    <span title={name === undefined ? `${what}: ${id}` : `${name} (${what}: ${id})`} style={{ whiteSpace: 'nowrap' }}>
      <span className={narrow ? `${styles.truncated} ${styles.narrow}` : styles.truncated}>
        {href === undefined ? (
          text
        ) : (
          <Link href={href} onFollow={onFollow}>
            {text}
          </Link>
        )}
      </span>
      <CopyToClipboard
        variant="icon"
        textToCopy={id}
        copyButtonAriaLabel={`Copy ${what} of ${text}`}
        copySuccessText={`${what.charAt(0).toUpperCase()}${what.slice(1)} copied`}
        copyErrorText={`${what.charAt(0).toUpperCase()}${what.slice(1)} could not be copied`}
      />
    </span>
  );
}

/** Text of any length, cut short to keep its column narrow, whole on hover. */
export function Truncated({ text }: { text: string }) {
  return (
    <span className={`${styles.truncated} ${styles.narrow}`} title={text}>
      {text}
    </span>
  );
}
