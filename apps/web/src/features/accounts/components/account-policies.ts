import type { AccountSettings } from '@chime-console/contracts';

export type PolicyId = 'remoteControl' | 'dialOut';

export interface Policy {
  id: PolicyId;
  /** In a sentence: "Turn <name> off". */
  name: string;
  label: string;
  description: string;
  /** Whether the policy is on, from Chime's setting (remote control is stored as its negation). */
  isOn: (settings: AccountSettings) => boolean;
  /** The Chime setting that turns it on or off. */
  change: (on: boolean) => Partial<AccountSettings>;
}

export const POLICIES: readonly Policy[] = [
  {
    id: 'remoteControl',
    name: 'remote control',
    label: 'Remote control',
    description: 'When on, meeting attendees can ask to control the screen someone shares. Chime stores it as DisableRemoteControl.',
    isOn: (settings) => !settings.disableRemoteControl,
    change: (on) => ({ disableRemoteControl: !on }),
  },
  {
    id: 'dialOut',
    name: 'dial-out',
    label: 'Dial-out',
    description: 'When on, attendees can have a meeting call out to a phone number. Chime stores it as EnableDialOut.',
    isOn: (settings) => settings.enableDialOut,
    change: (on) => ({ enableDialOut: on }),
  },
];

export const onOff = (on: boolean) => (on ? 'on' : 'off');
