import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useId } from 'react';
import { useDialogFocus } from '@/lib/use-dialog-focus.ts';
import { CLOSE_ARIA_LABEL, ModalActions, type ActionModalProps } from './modal-actions.tsx';
import { QueryErrorAlert } from './query-error-alert.tsx';

/** The children are the fields; Enter in a text field submits, like the primary button. */
interface FormModalProps extends ActionModalProps {
  submitLabel: string;
  submitDisabled?: boolean;
  /** Called unless the submit button is disabled or busy; check the fields here. */
  onSubmit: () => void;
  /** Cancel, the close button and Escape. */
  onDismiss: () => void;
}

/**
 * A modal holding a form. The primary button sits in the footer, outside the form element, and is
 * tied to it by id so that the browser's Enter-to-submit still finds it.
 */
export function FormModal({
  header,
  submitLabel,
  children,
  pending = false,
  submitDisabled = false,
  error,
  errorHeader = `${submitLabel} failed`,
  onSubmit,
  onDismiss,
}: FormModalProps) {
  const formId = useId();
  const focusFirstField = useDialogFocus();
  return (
    <Modal
      closeAriaLabel={CLOSE_ARIA_LABEL}
      visible
      onDismiss={onDismiss}
      header={header}
      footer={<ModalActions primaryLabel={submitLabel} pending={pending} disabled={submitDisabled} form={formId} onCancel={onDismiss} />}
    >
      <form
        ref={focusFirstField}
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!submitDisabled && !pending) onSubmit();
        }}
      >
        <SpaceBetween size="m">
          {children}
          {error !== null && error !== undefined && <QueryErrorAlert header={errorHeader} error={error} />}
        </SpaceBetween>
      </form>
    </Modal>
  );
}
