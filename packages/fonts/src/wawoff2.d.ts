// wawoff2 ships no types; these are the two functions the package uses (wawoff2 2.0 README).
declare module 'wawoff2' {
  export function compress(sfnt: Uint8Array): Promise<Uint8Array>;
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
