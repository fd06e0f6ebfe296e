/**
 * How far a Dzongkha spelling can be trusted:
 * - `unconfirmed`: seen in public sources (which disagree), not yet checked against an official DDC list;
 * - `composed`: put together by this project from confirmed parts, e.g. place name + ཁྲོམ་སྡེ་;
 * - `confirmed`: checked by a Dzongkha editor against an official list (set this only then).
 */
export type DzongkhaStatus = 'unconfirmed' | 'composed' | 'confirmed';

export interface Gewog {
  en: string;
  dz: string;
  dzStatus: DzongkhaStatus;
  /** Where the names come from, so the next person can check them. */
  source: string;
}
