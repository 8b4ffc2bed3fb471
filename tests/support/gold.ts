/** The shape of the team's gold extraction of the seed notices (../shared/gold). */
export interface GoldRecord {
  kind: string;
  program: string;
  year: number;
  seq: number;
  regionText: string;
  regionCode6: string;
  acceptCodes6?: string[];
  unitCode?: string;
  title: string;
  sources: string[];
}

export interface GoldNotice {
  file: string;
  kind: string;
  title: string | null;
  issuer: string | null;
  docNo?: string;
  issuedOn?: string | null;
  warnings?: { code: string }[];
  secondaryList?: { kind: string; entries: string[] };
  writeups?: { regionText: string; title: string }[];
}

export interface Gold {
  notices: GoldNotice[];
  records: Record<string, GoldRecord[]>;
}
