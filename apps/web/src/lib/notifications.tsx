import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notification {
  /** Stable: notifying again with the same id replaces the message (in progress → success or error). */
  id: string;
  type: 'in-progress' | 'success' | 'error' | 'info' | 'warning';
  header?: ReactNode;
  content?: ReactNode;
  /** Shown as a Retry button on errors. */
  onRetry?: () => void;
}

interface NotificationsApi {
  items: readonly Notification[];
  notify: (notification: Notification) => void;
  dismiss: (id: string) => void;
  /** Forgets every message: one person's notifications must not show to the next (sign-in, sign-out). */
  clear: () => void;
}

const NotificationsContext = createContext<NotificationsApi | undefined>(undefined);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<readonly Notification[]>([]);
  const notify = useCallback((notification: Notification) => {
    setItems((current) => [notification, ...current.filter((item) => item.id !== notification.id)]);
  }, []);
  const dismiss = useCallback((id: string) => {
    setItems((current) => current.filter((item) => item.id !== id));
  }, []);
  const clear = useCallback(() => setItems([]), []);
  const value = useMemo(() => ({ items, notify, dismiss, clear }), [items, notify, dismiss, clear]);
  return <NotificationsContext value={value}>{children}</NotificationsContext>;
}

/** The one way to tell the person about a long or finished action; feeds the shell's Flashbar. */
export function useNotifications(): Omit<NotificationsApi, 'items'> {
  const context = useContext(NotificationsContext);
  if (!context) throw new Error('useNotifications outside NotificationsProvider');
  return { notify: context.notify, dismiss: context.dismiss, clear: context.clear };
}

/** The Flashbar's items, with dismiss buttons and Retry actions wired. */
export function useFlashbarItems(): FlashbarProps.MessageDefinition[] {
  const context = useContext(NotificationsContext);
  if (!context) throw new Error('useFlashbarItems outside NotificationsProvider');
  const { items, dismiss } = context;
  return items.map(({ id, type, header, content, onRetry }) => ({
    id,
    type: type === 'in-progress' ? 'info' : type,
    loading: type === 'in-progress',
    header,
    content,
    dismissible: type !== 'in-progress',
    dismissLabel: 'Dismiss message',
    onDismiss: () => dismiss(id),
    ...(onRetry && {
      buttonText: 'Retry',
      onButtonClick: () => {
        dismiss(id);
        onRetry();
      },
    }),
  }));
}
