import { Rng } from './rng.js';

/**
 * Parts of the rare names that make up most of a real population: in Norway the hundred commonest family names
 * cover a fifth of the people and the rest share some hundred thousand others. A name is start + middle + end.
 */
export interface NameKit {
  starts: readonly string[];
  middles: readonly string[];
  ends: readonly string[];
}

// '-' stands for an empty part and '_' for a space (van_der_).
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0).map((w) => (w === '-' ? '' : w.replace(/_/g, ' ')));
export const kit = (starts: string, middles: string, ends: string): NameKit => ({ starts: words(starts), middles: words(middles), ends: words(ends) });

/**
 * Up to `limit` distinct names from a kit in a fixed pseudo-random order (so the commonest tail names are not all
 * alike), leaving out names already in the top list.
 */
export function tailNames(k: NameKit, exclude: ReadonlySet<string>, limit: number, seed: number): string[] {
  const all: string[] = [];
  for (const s of k.starts) for (const m of k.middles) for (const e of k.ends) {
    all.push(`${s}${m}${e}`);
  }
  const rng = new Rng(seed);
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return [...new Set(all)].filter((n) => !exclude.has(n)).slice(0, limit);
}

export const NORDIC_FEMALE = kit('Ast Bjør Ing Sig Tor Gun Ran Sol Ragn Hel Al Ei Arn Od Vig Halv Gud Hall Frøy Åsl Jør Reid Berg Bor Dag Fri Ger Hild Kol Lin Mar Rak Sven Tjod Ulv Val Vår',
  '-', 'rid hild borg veig unn dis laug frid bjørg run ny vor dny ny a e gunn hild');
export const NORDIC_MALE = kit('Ast Bjør Ing Sig Tor Gun Ran Sol Ragn Hel Al Ei Arn Od Vig Halv Gud Hall Jør Reid Berg Bor Dag Fri Ger Kol Stein Kjell Aud Ås Ketil Tjer Eyv Sve Ulv Tro',
  '-', 'ar e mund vald leif stein bjørn ulf geir olf kjell vard grim fred bjørn mod rik ald');
export const GERMANIC_FEMALE = kit('Adel Bert Ger Hel Wal Gis Hil Ir Lie Ro Sieg Wil Frie Her Ing Mat Hed Ans Ed Gud Ul Reg Kun Brun Ot',
  '-', 'gard trud hild linde burga munde traud heid lind run wina ga a ine');
export const GERMANIC_MALE = kit('Adel Bert Ger Hel Wal Gis Hil Lie Ro Sieg Wil Frie Her Ing Mat Ans Ed Gud Ul Reg Kun Brun Ot Hart Diet Lud Eck',
  '-', 'bert hard mund fried wig rich mar old win helm brecht wald olf');
export const SLAVIC_FEMALE = kit('Bogu Brani Dobro Jaro Lubo Mira Rado Stani Vladi Bole Czes Mie Prze Świę Wiesła Zdzi Dani Ljud Veli Boži',
  '-', 'sława mira wita dana sła mila slava mira na ka');
export const SLAVIC_MALE = kit('Bogu Brani Dobro Jaro Lubo Mira Rado Stani Vladi Bole Czes Mie Prze Świę Wiesła Zdzi Dani Ljud Veli Boži',
  '-', 'sław mir wit dan sil mił slav mil bor');
export const BALTIC_FEMALE = kit('Au Dai Gin Ja Lai Mil Ra Rū Sig Vai Vil Žy Ing Dal Ei Gied Jū Kri Le Nij Ro Sau Ug', '-', 'rė ta na da gita lė nė vilė dra mantė');
export const BALTIC_MALE = kit('Al Ar Dar Ged Jur Kęs Lin Min Ram Sau Vyt Žyd Ąž Bro Eim Gin Jon Kaz Mar Rim Tad Vid', '-', 'gis as ius imantas tautas vydas mantas dijus minas');
export const HUNGARIAN_FEMALE = kit('Bor Csil Eni Gy Hed Ib Ild Jol Kin Le Mar Nó Or Pi Ré Sá Tí Vir Zi Eme Ele Ful Gab', '-', 'ka la a ke óka ella ona ika enke itta');
export const HUNGARIAN_MALE = kit('Ár Bá Csa Den Elő Gé Gyu Ist Kál Le Mik Nán Ot Pál Re Sza Tib Vil Zol Ábel Bo Dán Fü', '-', 'pád lint ba nes d za la ván mán mond kó tán');
export const ROMANIAN_FEMALE = kit('Ana Car Dor Flo Geo Ile Ior Lum Mir Nic Oan Rod Sor Tud Vio Aur Cor Doi Luc Mar', '-', 'ela ica ina eta uța ana ița uca');
export const ROMANIAN_MALE = kit('Aur Cor Dor Flo Geo Ili Ior Lum Mir Nic Oct Rad Sor Tud Vio Cos Dum Luc Mar Pet', '-', 'el ică in ian u ache ean oi');
export const GREEK_FEMALE = kit('Ag Ath Des Eir Ev Fot Ir Kal Lam Mar Niki Ol Pol Rod Sta Tha Var Xan Zo Chry Efth Stam', '-', 'ini ia oula ina iki ousa ella');
export const GREEK_MALE = kit('Ag Ath Dam Ef Ev Fot Ir Kal Lam Mar Nik Ol Pol Rod Sta Tha Var Xen Zach Chry Efth Stam', '-', 'ios os is ias akis andros ouris');
export const ROMANCE_FEMALE = kit('Ade Amp Bea Ce Cla Eu Fe Ga Ilu Ire Le Lo Ma No Pa Ri Ro Sal Vi Yo Con Do Gra Lu', '-', 'la lia rina ncia nda ra stina lena nora sa');
export const ROMANCE_MALE = kit('Ade Ama Ba Ce Cla Eu Fe Ga Ilu Ire Le Lo Ma No Pa Ri Ro Sal Vi Ho Con Do Gra Lu', '-', 'lio rio nio ndo berto miro sto lino cio rdo');
