import Modal, { type ModalProps } from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';
import { useDialogFocus } from '@/lib/use-dialog-focus.ts';
import { CLOSE_ARIA_LABEL, ModalActions, type ActionModalProps } from './modal-actions.tsx';
import { QueryErrorAlert } from './query-error-alert.tsx';

interface ConfirmModalProps extends ActionModalProps {
  confirmLabel: string;
  confirmDisabled?: boolean;
  onConfirm: () => void;
  /** Cancel, the close button and Escape. */
  onCancel: () => void;
  /**
   * False where the modal only reports (a PIN shown once, results, a job started): its one button
   * closes it, so there is nothing to cancel.
   */
  cancelable?: boolean;
  /** Cancel's label, where "Cancel" would be ambiguous (see ModalActions). */
  cancelLabel?: string;
  secondaryActions?: ReactNode;
  size?: ModalProps.Size;
}

/** A confirmation that names the object; a failure stays in the modal with what to do. */
export function ConfirmModal({
  header,
  confirmLabel,
  children,
  pending = false,
  confirmDisabled = false,
  error,
  errorHeader = `${confirmLabel} failed`,
  onConfirm,
  onCancel,
  cancelable = true,
  cancelLabel,
  secondaryActions,
  size,
}: ConfirmModalProps) {
  const focusFirstField = useDialogFocus();
  return (
    <Modal
      closeAriaLabel={CLOSE_ARIA_LABEL}
      visible
      size={size}
      onDismiss={onCancel}
      header={header}
      footer={
        <ModalActions
          primaryLabel={confirmLabel}
          pending={pending}
          disabled={confirmDisabled}
          onPrimary={onConfirm}
          onCancel={cancelable ? onCancel : undefined}
          cancelLabel={cancelLabel}
          secondaryActions={secondaryActions}
        />
      }
    >
      <div ref={focusFirstField}>
        <SpaceBetween size="m">
          {children}
          {error !== null && error !== undefined && <QueryErrorAlert header={errorHeader} error={error} />}
        </SpaceBetween>
      </div>
    </Modal>
  );
}
