declare module 'punycode/punycode.es6.js' {
  export function toUnicode(input: string): string;
  export function toASCII(input: string): string;
}
