/** A random secret of `bytes` bytes from the browser's cryptographic generator, as base64url. */
export function createRandomToken(bytes = 24): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  let binary = '';
  for (const value of values) binary += String.fromCharCode(value);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}
