import { AuditBrowser } from './audit-browser.tsx';

/** The audit log page's content: every entry, newest first. */
export function AuditLog() {
  return (
    <AuditBrowser
      title="Audit log"
      description="Who did what to which account or user, when, from where, and with what result. Newest first."
    />
  );
}
