/**
 * A vertical bar closing a line after a space, the only bar on it ("…20. 黃山市休寧縣 |"): the
 * border of a table cell a copied page kept after its text, no part of the last item (read as
 * its title, it gave the unit a title "|"). A line with other bars is a table's row written with
 * bars (| 1 | 某县 |), and a bar inside a line separates words: both are left as they are.
 */
export const CLOSING_BAR = /(?<=^[^|｜\n]*[^\s|｜])[ \u3000]+[|｜](?=[ \u3000]*$)/;
