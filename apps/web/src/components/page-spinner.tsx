import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';

export function PageSpinner() {
  return (
    <Box textAlign="center" padding="xxl">
      <Spinner size="large" />
      <Box variant="p" color="text-status-inactive">
        Loading…
      </Box>
    </Box>
  );
}
