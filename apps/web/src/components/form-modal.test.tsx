import Input from '@cloudscape-design/components/input';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormModal } from './form-modal.tsx';

function renderForm({ submitDisabled = false, error }: { submitDisabled?: boolean; error?: unknown }) {
  const onSubmit = vi.fn();
  const onDismiss = vi.fn();
  render(
    <FormModal
      header="Rename Acme"
      submitLabel="Rename"
      submitDisabled={submitDisabled}
      error={error}
      onSubmit={onSubmit}
      onDismiss={onDismiss}
    >
      <Input value="Acme" ariaLabel="New name" onChange={() => undefined} />
    </FormModal>,
  );
  const submit = screen.getByRole('button', { name: 'Rename' });
  const form = screen.getByRole('textbox', { name: 'New name' }).closest('form');
  if (form === null) throw new Error('the fields are not in a form');
  return { submit, form, onSubmit, onDismiss };
}

describe('FormModal', () => {
  // Enter in a text field submits through the form's default button: the footer's, tied to the form by id.
  it('makes its footer button the submit button of the form around the fields', () => {
    const { submit, form } = renderForm({});

    expect(submit.getAttribute('type')).toBe('submit');
    expect(submit.getAttribute('form')).toBe(form.id);
    expect(form.id).not.toBe('');
  });

  it('when the form is submitted, calls onSubmit', () => {
    const enabled = renderForm({});
    fireEvent.submit(enabled.form);
    expect(enabled.onSubmit).toHaveBeenCalledOnce();
  });

  it('when the submit button is disabled, a submitted form does nothing', () => {
    const { form, onSubmit } = renderForm({ submitDisabled: true });
    fireEvent.submit(form);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('closes on Cancel, and shows a failure under the fields with what failed', () => {
    const { onDismiss } = renderForm({ error: new Error('Chime refused the name.') });

    expect(screen.getByText('Rename failed')).toBeDefined();
    expect(screen.getByText(/Chime refused the name\./)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
