/** A short random id for list items and reports (letters and digits, fits the schema's id pattern). */
export function createId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}
