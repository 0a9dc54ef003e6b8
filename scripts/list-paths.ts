/** The detached signature lives next to the list: official-list.json → official-list.sig.json. */
export function signaturePathFor(listPath: string): string {
  return listPath.replace(/\.json$/, '') + '.sig.json';
}
