// Import this, once, on pages that show Dzongkha: the components then fetch their Dzongkha strings, as a
// file of their own, the first time an element speaks Dzongkha, and render once it has arrived. The
// package index and the CDN file import it; a portal that imports elements one by one adds it
// (ADR 0022). Without it, elements on a Dzongkha page show English and say so in the console.
import { setDzongkhaLoader } from './base/strings.ts';

setDzongkhaLoader(async () => (await import('./base/dzongkha.ts')).dzongkhaGroups);
