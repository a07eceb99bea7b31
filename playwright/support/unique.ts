/** Names and emails no earlier run used: the tests share one emulator and one database per run. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

export const uniqueName = (prefix: string, separator = ' ') => `${prefix}${separator}${uniqueSuffix()}`;

/** `count` invitee addresses derived from an account's (unique) name. */
export const emailsFor = (accountName: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${accountName.toLowerCase().replace(/\W+/g, '-')}-${index}@example.com`);
