import { formatDate } from '../../src/adapters/teams/labels.js';
import { foldText } from '../../src/domain/matching/fold.js';

/**
 * Scans what the bot sent and logged for the identity values of test alerts: names, birth dates, HPR numbers
 * and national identity numbers, raw, case-folded, without diacritics (both ways of spelling ø/æ/å/ü out) and
 * in every date format a card or a person might use. Matching is on whole tokens, so a three-letter name such
 * as "Åse" is found as a word but not inside "case".
 */
export interface IdentityValues {
  /** Family, given, former names; each whole value and each of its words is looked for. */
  readonly names: readonly string[];
  /** Birth dates, YYYY-MM-DD. */
  readonly dates: readonly string[];
  /** HPR numbers and national identity numbers. */
  readonly numbers: readonly string[];
}

export interface Finding {
  /** Where the text came from (e.g. `PUT 19:registry@thread.tacv2/1001`, `log line 17`). */
  readonly where: string;
  /** The identity value that was found, as the fixture holds it. */
  readonly value: string;
  /** The form it was found in (e.g. `5 mars 1971`, `oedegaard`). */
  readonly form: string;
  readonly excerpt: string;
}

export interface ScannedText {
  readonly where: string;
  readonly text: string;
}

const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Every way a birth date may be written: ISO, Norwegian numeric and long, English long and short, and the app's own formats. */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const dn = String(Number(d)), mn = String(Number(m));
  const nb = MONTHS_NB[Number(m) - 1]!, en = MONTHS_EN[Number(m) - 1]!;
  return [
    iso, `${d}.${m}.${y}`, `${dn}.${mn}.${y}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, `${y}${m}${d}`,
    `${dn}. ${nb} ${y}`, `${dn}. ${nb.slice(0, 3)}. ${y}`, `${d}. ${nb} ${y}`,
    `${dn} ${en} ${y}`, `${d} ${en} ${y}`, `${en} ${dn}, ${y}`, `${dn} ${en.slice(0, 3)} ${y}`, `${d} ${en.slice(0, 3)} ${y}`, `${en.slice(0, 3)} ${dn}, ${y}`,
    formatDate(iso, 'UTC', 'nb'), formatDate(iso, 'UTC', 'en'),
  ];
}

/** ø→oe, å→aa, æ→ae, ä→ae, ö→oe, ü→ue: the other common way to write a name without its special letters. */
function digraphFold(text: string): string {
  return foldText(text.toLowerCase().replace(/[øö]/g, 'oe').replace(/å/g, 'aa').replace(/[æä]/g, 'ae').replace(/ü/g, 'ue'));
}

/** æ→a: "Sæther" written as "Sather". */
function singleFold(text: string): string {
  return foldText(text.toLowerCase().replace(/æ/g, 'a'));
}

/** The text as a sequence of words (letters and digits), one space apart, padded, so `includes` matches whole words. */
function words(text: string): string {
  return ` ${text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
}

function haystacks(text: string): string[] {
  return [words(text.toLowerCase()), words(foldText(text))];
}

interface Needle { readonly value: string; readonly form: string; readonly words: string }

/** The forms each identity value is looked for in. */
export function needlesFor(values: IdentityValues): Needle[] {
  const out = new Map<string, Needle>();
  const add = (value: string, form: string) => {
    const w = words(form);
    if (w.trim().length > 0 && !out.has(w)) out.set(w, { value, form, words: w });
  };
  for (const name of values.names) {
    const parts = [name, ...name.split(/[\s\-‐,]+/).filter((p) => p.length > 1)];
    for (const p of parts) for (const form of [p.toLowerCase(), foldText(p), digraphFold(p), singleFold(p)]) add(name, form);
  }
  for (const date of values.dates) for (const form of dateForms(date)) add(date, form.toLowerCase());
  for (const n of values.numbers) {
    add(n, n);
    if (n.length === 11) add(n, `${n.slice(0, 6)} ${n.slice(6)}`);
  }
  return [...out.values()];
}

/** Every string in a JSON value (keys included), so escaped or nested text is scanned as it reads. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)]);
  return [];
}

/** Finds every identity value in the texts (once per text, in the first form that matched); an empty list means none leaked. */
export function scanForIdentity(texts: Iterable<ScannedText>, values: IdentityValues): Finding[] {
  const needles = needlesFor(values);
  const findings: Finding[] = [];
  for (const { where, text } of texts) {
    const stacks = haystacks(text);
    const found = new Set<string>();
    for (const n of needles) {
      if (found.has(n.value) || !stacks.some((h) => h.includes(n.words))) continue;
      found.add(n.value);
      findings.push({ where, value: n.value, form: n.form, excerpt: text.slice(0, 300) });
    }
  }
  return findings;
}

/** Log lines as scanned texts: each line raw, and every string in it once parsed (pino writes JSON). */
export function logTexts(lines: readonly string[]): ScannedText[] {
  return lines.flatMap((line, i) => {
    let parsed: unknown;
    try { parsed = JSON.parse(line); } catch { parsed = undefined; }
    return [{ where: `log line ${i + 1}`, text: line }, ...stringsIn(parsed).map((text) => ({ where: `log line ${i + 1}`, text }))];
  });
}

/** Recorded Bot Connector calls as scanned texts: every string of each body, keyed by method and address. */
export function connectorTexts(calls: readonly { method: string; path: string; body: Record<string, unknown> }[]): ScannedText[] {
  return calls.flatMap((c, i) => stringsIn(c.body).map((text) => ({ where: `#${i} ${c.method} ${c.path}`, text })));
}
