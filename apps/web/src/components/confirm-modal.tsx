import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { explain } from '@/lib/api-error.ts';

interface ConfirmModalProps {
  header: string;
  confirmLabel: string;
  children: ReactNode;
  pending: boolean;
  /** The failed attempt, shown in the modal where it happened. */
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A confirmation that names the object; a failure stays in the modal with what to do. */
export function ConfirmModal({ header, confirmLabel, children, pending, error, onConfirm, onCancel }: ConfirmModalProps) {
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible
      onDismiss={onCancel}
      header={header}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button variant="primary" loading={pending} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {children}
        {error !== null && error !== undefined && (
          <Alert type="error" header={`${confirmLabel} failed`}>
            {explain(error)}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
