/** `text` to be found anywhere in a LIKE: its own %, _ and \ match only themselves. */
export const containing = (text: string) => `%${escapeLike(text)}%`;
export const startingWith = (text: string) => `${escapeLike(text)}%`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
