/** A composed UTF-8 notice as the import receives a file: its name and bytes, one line each. */
export const textFile = (name: string, lines: string[]) => ({
  name,
  bytes: new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')),
});
