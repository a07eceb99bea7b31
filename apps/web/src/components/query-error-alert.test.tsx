import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error.ts';
import { QueryErrorAlert } from './query-error-alert.tsx';

const problem = (status: number) =>
  new ApiError({ type: 'about:blank', title: 'Failed', status, detail: 'It failed.', code: 'failed', retryable: status >= 500 });

describe('QueryErrorAlert', () => {
  it('offers Retry where trying again may help', () => {
    render(<QueryErrorAlert header="Could not load account a-1" error={problem(503)} onRetry={vi.fn()} />);

    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('offers no Retry for what is not there: it will not be there on a second try', () => {
    render(<QueryErrorAlert header="Account a-1 not found" error={problem(404)} onRetry={vi.fn()} />);

    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows the way on it is given instead', () => {
    render(
      <QueryErrorAlert header="Account a-1 not found" error={problem(404)} onRetry={vi.fn()} action={<button>Back to accounts</button>} />,
    );

    expect(screen.getByRole('button', { name: 'Back to accounts' })).toBeTruthy();
  });
});
