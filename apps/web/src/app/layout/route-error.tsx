import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { useRouteError } from 'react-router';

/** A page that failed to load (a chunk missing after a deploy, a bug): say so and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Box padding="xxl">
      <Alert type="error" header="This page could not be shown" action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
        {error instanceof Error ? error.message : 'Something went wrong.'} Reload the page; if it keeps failing, tell a console admin.
      </Alert>
    </Box>
  );
}
