/**
 * A PIN in groups for reading aloud over the phone: three digits, three, then the rest
 * ("123 456 7890"). Only for showing: the PIN itself (and what Copy puts on the clipboard) has no spaces.
 */
export function groupPin(pin: string): string {
  return [pin.slice(0, 3), pin.slice(3, 6), pin.slice(6)].filter((group) => group !== '').join(' ');
}
