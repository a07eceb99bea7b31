import { focusMainContent, MAIN_CONTENT_ID } from '@/lib/main-content.ts';
import styles from './skip-link.module.css';

/** The first tab stop: past the top bar and the navigation, straight to the page's content. */
export function SkipLink() {
  return (
    <a
      className={styles['skip-link']}
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Focus, not a fragment navigation: the router would treat the hash as a new location.
        event.preventDefault();
        focusMainContent();
      }}
    >
      Skip to main content
    </a>
  );
}
