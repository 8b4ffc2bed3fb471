/** One set's floors in the corpus of real notices: the share of records right, the invented records
 * allowed and the metadata share, over the notices its member test picks. */
export interface SetFloor {
  name: string;
  member: (id: string) => boolean;
  notices: number;
  records: number;
  invented: number;
  metadata: number;
}
