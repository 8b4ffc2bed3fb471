/**
 * A facility a village or community keeps under its own name ("某镇某村农家书屋", "某街道某社区
 * 农家书屋"): a list honouring facilities of this kind lists their villages, the way a list of
 * adopted rules lists the villages that adopted them (place-lines.ts), and the facility's noun
 * is no title of its own — the programme (示范农家书屋) already says what the entry is.
 */
export const VILLAGE_FACILITY = /(?:农家书屋)$/;
