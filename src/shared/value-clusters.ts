/** A cluster of variant values of one column (key collision on normalised text). */
export interface ValueCluster {
  key: string;
  values: { value: string; count: number; ids: number[] }[];
  /** The value the cluster would take by default: the most used, then the longest. */
  suggested: string;
}
