import TopNavigation from '@cloudscape-design/components/top-navigation';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useSignOut } from '@/features/auth/api/sign-out.ts';
import { SignOutOthersModal } from '@/features/auth/components/sign-out-others-modal.tsx';
import { DirectorySearchBox } from '@/features/directory/components/directory-search-box.tsx';
import { useSession } from '@/features/auth/use-session.ts';
import { useDisplayPreferences } from '@/lib/preferences.ts';
import { useFollow } from '@/lib/use-follow.ts';
import { SkipLink } from './skip-link.tsx';

const ROLE_LABEL = { admin: 'Admin', helpdesk: 'Helpdesk', viewer: 'Viewer (read-only)' } as const;

/** The console's top bar: search across accounts, who is signed in and as what, display preferences, sign out (here or elsewhere). */
export function TopBar() {
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const follow = useFollow();
  const [preferences, setPreferences] = useDisplayPreferences();
  const [confirmingSignOutOthers, setConfirmingSignOutOthers] = useState(false);
  return (
    <div id="top-navigation" style={{ position: 'sticky', top: 0, zIndex: 1002 }}>
      <SkipLink />
      <TopNavigation
        identity={{ title: 'Chime Console', href: paths.accounts.to(), onFollow: follow }}
        search={<DirectorySearchBox />}
        utilities={[
          {
            type: 'menu-dropdown',
            iconName: 'settings',
            ariaLabel: 'Display preferences',
            title: 'Display',
            items: [
              { id: 'mode', text: preferences.mode === 'dark' ? 'Light mode' : 'Dark mode' },
              { id: 'density', text: preferences.density === 'compact' ? 'Comfortable density' : 'Compact density' },
            ],
            onItemClick: ({ detail }) => {
              if (detail.id === 'mode') setPreferences({ mode: preferences.mode === 'dark' ? 'light' : 'dark' });
              if (detail.id === 'density') setPreferences({ density: preferences.density === 'compact' ? 'comfortable' : 'compact' });
            },
          },
          {
            type: 'menu-dropdown',
            iconName: 'user-profile',
            text: session.username,
            description: `Role: ${ROLE_LABEL[session.role]}`,
            items: [
              { id: 'password', text: 'Change password' },
              { id: 'sign-out-others', text: 'Sign out other sessions' },
              { id: 'sign-out', text: 'Sign out' },
            ],
            onItemClick: ({ detail }) => {
              if (detail.id === 'password') void navigate(paths.changePassword.to());
              if (detail.id === 'sign-out-others') setConfirmingSignOutOthers(true);
              if (detail.id === 'sign-out') signOut.mutate(undefined, { onSettled: () => void navigate(paths.signIn.to()) });
            },
          },
        ]}
      />
      {confirmingSignOutOthers && <SignOutOthersModal onClose={() => setConfirmingSignOutOthers(false)} />}
    </div>
  );
}
