import AppLayout, { type AppLayoutProps } from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { OpenHelpContext } from '@/components/help/info-link.tsx';
import { MAIN_CONTENT_ID } from '@/lib/main-content.ts';
import { useFlashbarItems } from '@/lib/notifications.tsx';
import { useFollow } from '@/lib/use-follow.ts';
import { pageTitle, ROOT_CRUMB, type Crumb } from './breadcrumbs.ts';
import { Navigation } from './navigation.tsx';
import { useNavigationOpen } from './use-navigation-open.ts';

interface PageLayoutProps {
  /** The trail after "Chime Console", which every page's breadcrumbs start with. */
  breadcrumbs: Crumb[];
  children: ReactNode;
  contentType?: 'default' | 'table' | 'form' | 'cards';
  /** A HelpPanel for a page whose terms need explaining; its "Info" links (InfoLink) open it. */
  help?: ReactNode;
}

/** Every signed-in page: side navigation, breadcrumbs, the notifications Flashbar, the page's help and its content. */
export function PageLayout({ breadcrumbs, children, contentType = 'default', help }: PageLayoutProps) {
  const follow = useFollow();
  const notifications = useFlashbarItems();
  const [navigationOpen, setNavigationOpen] = useNavigationOpen();
  const [helpOpen, setHelpOpen] = useState(false);
  const layout = useRef<AppLayoutProps.Ref>(null);
  const title = pageTitle(breadcrumbs);
  useEffect(() => {
    document.title = title;
  }, [title]);
  const openHelp = useCallback(() => {
    setHelpOpen(true);
    // Already open: the click still takes the reader there.
    layout.current?.focusToolsClose();
  }, []);
  return (
    <OpenHelpContext value={help === undefined ? null : openHelp}>
      <AppLayout
        ref={layout}
        headerSelector="#top-navigation"
        navigation={<Navigation />}
        navigationOpen={navigationOpen}
        onNavigationChange={({ detail }) => setNavigationOpen(detail.open)}
        breadcrumbs={<BreadcrumbGroup items={[ROOT_CRUMB, ...breadcrumbs]} onFollow={follow} ariaLabel="Breadcrumbs" />}
        notifications={<Flashbar items={notifications} stackItems={notifications.length > 3} />}
        tools={help}
        toolsHide={help === undefined}
        toolsOpen={helpOpen}
        onToolsChange={({ detail }) => setHelpOpen(detail.open)}
        ariaLabels={{
          navigation: 'Side navigation',
          navigationClose: 'Close side navigation',
          navigationToggle: 'Open side navigation',
          notifications: 'Notifications',
          tools: 'Help panel',
          toolsClose: 'Close help panel',
          toolsToggle: 'Open help panel',
        }}
        contentType={contentType}
        content={
          <div id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
            {children}
          </div>
        }
      />
    </OpenHelpContext>
  );
}
