// No look-alikes (0/O, 1/l/I): the admin may read the password out to the person.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_';
const LENGTH = 16;

/** A temporary password well over passwordSchema's minimum, from the browser's CSPRNG. */
export function generatePassword(): string {
  // 256 is a multiple of 64, so masking keeps every character equally likely after rejection.
  const out: string[] = [];
  while (out.length < LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(LENGTH * 2))) {
      const index = byte & 63;
      if (index < ALPHABET.length && out.length < LENGTH) out.push(ALPHABET.charAt(index));
    }
  }
  return out.join('');
}
