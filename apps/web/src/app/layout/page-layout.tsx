import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup, { type BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import type { ReactNode } from 'react';
import { useFlashbarItems } from '@/lib/notifications.tsx';
import { useFollow } from '@/lib/use-follow.ts';
import { Navigation } from './navigation.tsx';

interface PageLayoutProps {
  breadcrumbs: BreadcrumbGroupProps.Item[];
  children: ReactNode;
  contentType?: 'default' | 'table' | 'form' | 'cards';
}

/** Every signed-in page: side navigation, breadcrumbs, the notifications Flashbar and the page's content. */
export function PageLayout({ breadcrumbs, children, contentType = 'default' }: PageLayoutProps) {
  const follow = useFollow();
  const notifications = useFlashbarItems();
  return (
    <AppLayout
      headerSelector="#top-navigation"
      navigation={<Navigation />}
      breadcrumbs={<BreadcrumbGroup items={breadcrumbs} onFollow={follow} ariaLabel="Breadcrumbs" />}
      notifications={<Flashbar items={notifications} stackItems={notifications.length > 3} />}
      toolsHide
      ariaLabels={{
        navigation: 'Side navigation',
        navigationClose: 'Close side navigation',
        navigationToggle: 'Open side navigation',
        notifications: 'Notifications',
      }}
      contentType={contentType}
      content={children}
    />
  );
}
