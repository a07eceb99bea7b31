import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Link, { type LinkProps } from '@cloudscape-design/components/link';

interface NameWithIdProps {
  /** What people call it: an account's name, a user's email. Absent while unknown (the ID stands in). */
  name: string | undefined;
  id: string;
  /** What the ID is, for the copy button: "account ID". */
  what: string;
  href?: string | undefined;
  onFollow?: LinkProps['onFollow'];
}

/**
 * A name where people read names, with its ID on hover and a button that copies the ID for a ticket
 * or a CLI command. A name the console does not know (a deleted account) shows the ID itself.
 */
export function NameWithId({ name, id, what, href, onFollow }: NameWithIdProps) {
  const text = name ?? id;
  return (
    <span title={`${what}: ${id}`} style={{ display: 'inline-flex', alignItems: 'center', gap: 2, maxInlineSize: '100%' }}>
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
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
