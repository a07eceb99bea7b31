import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { ROLE_OPTIONS } from './roles.ts';

/** The console users page's help panel: what each role may do. */
export function RolesHelp() {
  return (
    <HelpPanel header={<h2>Console users and roles</h2>}>
      <Box variant="p">
        Console users are the people who may sign in to this console (not the users of the Chime accounts). Each has one role, which decides
        what they can do.
      </Box>
      <h3>Roles</h3>
      <dl>
        {ROLE_OPTIONS.map((role) => (
          <div key={role.value}>
            <dt>{role.label}</dt>
            <dd>{role.description}</dd>
          </div>
        ))}
      </dl>
      <h3>Changes take effect at once</h3>
      <Box variant="p">
        A new role, disabling someone or a temporary password applies to their open sessions within a few seconds. Someone disabled, or
        given a temporary password, is signed out; a temporary password must be changed at their next sign-in.
      </Box>
    </HelpPanel>
  );
}
