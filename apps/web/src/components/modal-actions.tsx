import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

/** The one label of a modal's way out without acting, and of its close button's aria label. */
export const CANCEL_LABEL = 'Cancel';
export const CLOSE_ARIA_LABEL = 'Close dialog';

/** What every modal whose footer is ModalActions takes, whatever its primary action is called. */
export interface ActionModalProps {
  header: string;
  children: ReactNode;
  pending?: boolean;
  /** The failed attempt, shown in the modal where it happened, with what to do. */
  error?: unknown;
  /** What failed; by default "<primary label> failed". */
  errorHeader?: string;
}

interface ModalActionsProps {
  primaryLabel: string;
  pending: boolean;
  disabled: boolean;
  /** Clicking the primary button; without it, the button submits the form `form` names. */
  onPrimary?: () => void;
  form?: string;
  /** Without it there is no Cancel: the modal only reports, and its primary button closes it. */
  onCancel?: () => void;
  /** The way out's label where "Cancel" would read as the action itself (cancelling a job: "Keep running"). */
  cancelLabel?: string;
  /** Buttons before Cancel, such as Back or Retry. */
  secondaryActions?: ReactNode;
}

/** Every modal's footer: its own buttons, Cancel, then the primary action on the right. */
export function ModalActions({
  primaryLabel,
  pending,
  disabled,
  onPrimary,
  form,
  onCancel,
  cancelLabel = CANCEL_LABEL,
  secondaryActions,
}: ModalActionsProps) {
  return (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        {secondaryActions}
        {onCancel !== undefined && (
          <Button variant="link" formAction="none" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
        <Button
          variant="primary"
          loading={pending}
          disabled={disabled}
          formAction={onPrimary === undefined ? 'submit' : 'none'}
          form={onPrimary === undefined ? form : undefined}
          onClick={onPrimary}
        >
          {primaryLabel}
        </Button>
      </SpaceBetween>
    </Box>
  );
}
