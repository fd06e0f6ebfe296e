// The dzongkhags, thromdes and gewogs of @druk/locale are data only the address and the gewog combobox
// show. They are imported when such an element first renders, so a bundler makes them a file of their
// own that other pages never fetch (ADR 0022); the server renderer loads them before it renders.
type BhutanData = typeof import('@druk/locale/bhutan');

let loaded: BhutanData | undefined;
let loading: Promise<BhutanData> | undefined;

/** Loads the Bhutan data, once. */
export function loadBhutanData(): Promise<BhutanData> {
  loading ??= import('@druk/locale/bhutan').then((data) => (loaded = data));
  return loading;
}

/** The Bhutan data if it has loaded (elements that show it wait for `loadBhutanData` before rendering). */
export function bhutanData(): BhutanData | undefined {
  return loaded;
}
