import Box from '@cloudscape-design/components/box';
import FileUpload from '@cloudscape-design/components/file-upload';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { InviteEntriesTable } from './invite-entries-table.tsx';
import { INVITE_JOB_LIMIT, toSend, type EmailEntry } from './parse-emails.ts';

export interface CsvFile {
  file: File;
  text: string;
}

interface InviteComposeStepProps {
  text: string;
  csv: CsvFile | undefined;
  entries: readonly EmailEntry[];
  onTextChange: (text: string) => void;
  onCsvChange: (csv: CsvFile | undefined) => void;
}

const count = (entries: readonly EmailEntry[], status: EmailEntry['check']['status']) =>
  entries.filter((entry) => entry.check.status === status).length;

export function summarize(entries: readonly EmailEntry[]): string {
  const parts = [`${count(entries, 'new')} valid`];
  const malformed = count(entries, 'malformed');
  const duplicates = count(entries, 'duplicate');
  const existing = count(entries, 'existing');
  if (malformed > 0) parts.push(`${malformed} malformed`);
  if (duplicates > 0) parts.push(`${duplicates} duplicate${duplicates === 1 ? '' : 's'}`);
  if (existing > 0) parts.push(`${existing} already user${existing === 1 ? '' : 's'}`);
  return `${entries.length} address${entries.length === 1 ? '' : 'es'}: ${parts.join(', ')}.`;
}

export const overLimit = (entries: readonly EmailEntry[]) => toSend(entries).length > INVITE_JOB_LIMIT;

/** Paste and/or upload a CSV of any size; malformed lines and repeats show, with their line numbers, as soon as they are read. */
export function InviteComposeStep({ text, csv, entries, onTextChange, onCsvChange }: InviteComposeStepProps) {
  const flagged = entries.filter((entry) => entry.check.status !== 'new');
  return (
    <SpaceBetween size="m">
      <FormField
        label="Emails"
        description="Separate addresses with commas, semicolons, spaces or new lines; names as mail copies them (Ana Lee <ana@example.com>) are fine. A first line naming the column is skipped."
      >
        <Textarea
          value={text}
          rows={8}
          onChange={({ detail }) => onTextChange(detail.value)}
          placeholder="ada@example.com, ben@example.com"
          autoFocus
        />
      </FormField>
      <FormField
        label="Or upload a CSV file"
        description="A header row is skipped; the column named like “email”, or else the first column holding addresses, is read."
      >
        <FileUpload
          accept=".csv,text/csv,text/plain"
          value={csv ? [csv.file] : []}
          showFileSize
          onChange={({ detail }) => {
            const [file] = detail.value;
            if (!file) {
              onCsvChange(undefined);
              return;
            }
            void file.text().then((content) => onCsvChange({ file, text: content }));
          }}
          i18nStrings={{
            uploadButtonText: () => 'Choose CSV file',
            removeFileAriaLabel: (index) => `Remove file ${index + 1}`,
            limitShowFewer: 'Show fewer files',
            limitShowMore: 'Show more files',
            errorIconAriaLabel: 'Error',
            warningIconAriaLabel: 'Warning',
          }}
        />
      </FormField>
      {entries.length > 0 && (
        <Box variant="p">
          {summarize(entries)} <strong>{toSend(entries).length} to send.</strong>
        </Box>
      )}
      {overLimit(entries) && (
        <Box color="text-status-error">
          At most {INVITE_JOB_LIMIT.toLocaleString()} addresses can be invited at once: split the list and send it in parts.
        </Box>
      )}
      {flagged.length > 0 && <InviteEntriesTable entries={flagged} label="Addresses that will not be sent" />}
    </SpaceBetween>
  );
}
