/** One measured figure printed by `npm run bench`. */
export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
}

/** What every `*.bench.ts` default-exports. */
export type Bench = () => Promise<BenchRow[]>;
