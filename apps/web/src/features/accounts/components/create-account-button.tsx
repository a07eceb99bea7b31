import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import type { Permission } from '../permission.ts';
import { CreateAccountModal } from './create-account-modal.tsx';

export function CreateAccountButton({ permission }: { permission: Permission }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="primary"
        disabled={!permission.allowed}
        disabledReason={permission.allowed ? undefined : permission.reason}
        onClick={() => setOpen(true)}
      >
        Create account
      </Button>
      {open && <CreateAccountModal onDismiss={() => setOpen(false)} />}
    </>
  );
}
