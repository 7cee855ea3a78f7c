/**
 * When are two settings, or two shooting formats, known to be different? Words alone
 * cannot say: "Brighton Beach, Brooklyn" shares no word with "New York City" yet is in
 * it, and "35 mm film" is "35mm film". So places resolve through a small gazetteer of
 * what lies inside what, and formats through what they were shot on. Anything the tables
 * do not know is "cannot tell", which keeps a film out of the wrong options: a gap here
 * costs a distractor, never correctness.
 */
import { equivalenceKey } from '../text';

/**
 * Each place's parent. Only places whose name means one place; siblings under a parent
 * must not overlap (a city and a district of it are parent and child, never siblings).
 * Places whose country changed with history (Danzig, Auschwitz) have none on purpose.
 */
const PARENT: Record<string, string> = {
  // United States
  'new york': 'united states',
  'new york city': 'new york',
  manhattan: 'new york city',
  harlem: 'manhattan',
  'greenwich village': 'manhattan',
  brooklyn: 'new york city',
  'brighton beach': 'brooklyn',
  'coney island': 'brooklyn',
  bronx: 'new york city',
  queens: 'new york city',
  'staten island': 'new york city',
  'saratoga springs': 'new york',
  california: 'united states',
  'los angeles': 'california',
  hollywood: 'los angeles',
  'san francisco': 'california',
  'san diego': 'california',
  florida: 'united states',
  orlando: 'florida',
  // Part of the Orlando area: a film set in Kissimmee may be called set in Orlando.
  kissimmee: 'orlando',
  miami: 'florida',
  texas: 'united states',
  // Suburbs and satellite towns sit under their city, so they never count as elsewhere.
  'texas city': 'houston',
  houston: 'texas',
  dallas: 'texas',
  nevada: 'united states',
  'las vegas': 'nevada',
  'new jersey': 'united states',
  hoboken: 'new jersey',
  mississippi: 'united states',
  hawaii: 'united states',
  oahu: 'hawaii',
  oregon: 'united states',
  pennsylvania: 'united states',
  philadelphia: 'pennsylvania',
  pittsburgh: 'pennsylvania',
  clairton: 'pittsburgh',
  illinois: 'united states',
  chicago: 'illinois',
  massachusetts: 'united states',
  boston: 'massachusetts',
  'washington d c': 'united states',
  'washington state': 'united states',
  louisiana: 'united states',
  'baton rouge': 'louisiana',
  'new orleans': 'louisiana',
  atlanta: 'united states',
  maryland: 'united states',
  baltimore: 'maryland',
  kansas: 'united states',
  wyoming: 'united states',
  indiana: 'united states',
  montana: 'united states',
  alaska: 'united states',
  arizona: 'united states',
  'new mexico': 'united states',
  ohio: 'united states',
  michigan: 'united states',
  detroit: 'michigan',
  minnesota: 'united states',
  tennessee: 'united states',
  memphis: 'tennessee',
  nashville: 'tennessee',
  // Europe
  'united kingdom': '',
  england: 'united kingdom',
  scotland: 'united kingdom',
  wales: 'united kingdom',
  'northern ireland': 'united kingdom',
  london: 'england',
  southampton: 'england',
  'newcastle upon tyne': 'england',
  liverpool: 'england',
  manchester: 'england',
  edinburgh: 'scotland',
  glasgow: 'scotland',
  ireland: '',
  dublin: 'ireland',
  'county cork': 'ireland',
  france: '',
  paris: 'france',
  'french riviera': 'france',
  nice: 'french riviera',
  cannes: 'french riviera',
  lille: 'france',
  cherbourg: 'france',
  grenoble: 'france',
  marseille: 'france',
  'ville d avray': 'paris',
  monaco: '',
  'monte carlo': 'monaco',
  italy: '',
  rome: 'italy',
  lombardy: 'italy',
  milan: 'lombardy',
  naples: 'italy',
  capri: 'italy',
  ferrara: 'italy',
  treviso: 'italy',
  ancona: 'italy',
  venice: 'italy',
  florence: 'italy',
  sicily: 'italy',
  sardinia: 'italy',
  germany: '',
  berlin: 'germany',
  'east berlin': 'berlin',
  'west berlin': 'berlin',
  munich: 'germany',
  hamburg: 'germany',
  austria: '',
  vienna: 'austria',
  salzburg: 'austria',
  switzerland: '',
  geneva: 'switzerland',
  denmark: '',
  copenhagen: 'denmark',
  bornholm: 'denmark',
  elsinore: 'denmark',
  sweden: '',
  stockholm: 'sweden',
  uppsala: 'sweden',
  norway: '',
  oslo: 'norway',
  finland: '',
  helsinki: 'finland',
  netherlands: '',
  rotterdam: 'netherlands',
  amsterdam: 'netherlands',
  belgium: '',
  seraing: 'belgium',
  brussels: 'belgium',
  spain: '',
  madrid: 'spain',
  barcelona: 'spain',
  portugal: '',
  lisbon: 'portugal',
  greece: '',
  athens: 'greece',
  thessaloniki: 'greece',
  poland: '',
  warsaw: 'poland',
  romania: '',
  bucharest: 'romania',
  hungary: '',
  budapest: 'hungary',
  czech: '',
  prague: 'czech',
  russia: '',
  moscow: 'russia',
  'saint petersburg': 'russia',
  turkey: '',
  istanbul: 'turkey',
  cappadocia: 'turkey',
  // Elsewhere
  'united states': '',
  canada: '',
  toronto: 'canada',
  montreal: 'canada',
  vancouver: 'canada',
  mexico: '',
  'mexico city': 'mexico',
  xochimilco: 'mexico city',
  brazil: '',
  'rio de janeiro': 'brazil',
  bahia: 'brazil',
  argentina: '',
  'buenos aires': 'argentina',
  chile: '',
  colombia: '',
  japan: '',
  tokyo: 'japan',
  kyoto: 'japan',
  china: '',
  beijing: 'china',
  shanghai: 'china',
  'hong kong': 'china',
  'south korea': '',
  seoul: 'south korea',
  india: '',
  mumbai: 'india',
  agra: 'india',
  iran: '',
  tehran: 'iran',
  iraq: '',
  vietnam: '',
  cambodia: '',
  thailand: '',
  algeria: '',
  morocco: '',
  casablanca: 'morocco',
  egypt: '',
  'south africa': '',
  johannesburg: 'south africa',
  australia: '',
  sydney: 'australia',
  'great barrier reef': 'australia',
  'new zealand': '',
};

/** Other names for one place. */
const ALIAS: Record<string, string> = {
  'new york city new york': 'new york city',
  nyc: 'new york city',
  'u s': 'united states',
  'french morocco': 'morocco',
  // Vague regions stand for the whole of what contains them: "the French countryside"
  // may be anywhere in France, so it is never known to be elsewhere than a French town.
  'walt disney world': 'florida',
  'french countryside': 'france',
  'french alps near grenoble': 'france',
  'southern indiana': 'indiana',
  'scottish highlands': 'scotland',
  'northern germany': 'germany',
  'medieval sweden': 'sweden',
  'russian far east': 'russia',
  'ussuri region': 'russia',
  'northeastern thailand': 'thailand',
  'czech republic': 'czech',
  czechia: 'czech',
  usa: 'united states',
  'united states of america': 'united states',
  us: 'united states',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  britain: 'united kingdom',
  'st petersburg': 'saint petersburg',
};

const norm = (s: string) => {
  const k = equivalenceKey(s.replace(/\(state\)/i, 'state'));
  return ALIAS[k] ?? k;
};

function chain(place: string): string[] {
  const out: string[] = [];
  let at: string | undefined = place;
  while (at) {
    out.push(at);
    at = PARENT[at];
  }
  return out;
}

/**
 * The gazetteer entry a place text names, or undefined. "Kissimmee, Florida" is
 * Kissimmee; "Woodsboro, California" (unknown town) is somewhere in California; a text
 * that names nothing known, or whose parts disagree, is undefined.
 */
export function resolvePlace(text: string): string | undefined {
  const whole = norm(text);
  if (whole in PARENT) return whole;
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return undefined;
  const within = resolvePlace(parts.slice(1).join(','));
  if (within === undefined) return undefined;
  const head = norm(parts[0] ?? '');
  if (head in PARENT) return chain(head).includes(within) ? head : undefined;
  // An unknown head inside a known place: somewhere in that place, which is all we know.
  return within;
}

/** Whether every place is resolved and `a` and `b` are known not to overlap. */
export function placesDiffer(a: string, b: string): boolean {
  const ra = resolvePlace(a);
  const rb = resolvePlace(b);
  if (ra === undefined || rb === undefined) return false;
  const ca = chain(ra);
  const cb = chain(rb);
  // Both must reach a country, or "not inside each other" says nothing.
  if (PARENT[ca[ca.length - 1] ?? ''] !== '' || PARENT[cb[cb.length - 1] ?? ''] !== '') return false;
  return !ca.includes(rb) && !cb.includes(ra);
}

/** What a film was shot on, as far as telling two formats apart goes. */
interface Medium {
  /** A film gauge in mm (Super 16 is 16; 65 and 70 are one), or "digital". */
  readonly medium: string;
  /** For digital, the device's words ("iphone 5s"), so two devices can be told apart. */
  readonly device?: readonly string[];
}

/** Named processes and the gauge their camera negative was. */
const PROCESS_GAUGE: readonly (readonly [string, string])[] = [
  // Most specific first: "CinemaScope 55" is not CinemaScope's 35mm.
  ['cinemascope 55', '55'],
  ['cinemascope', '35'],
  ['vistavision', '35'],
  ['technirama', '35'],
  ['todd ao', '65'],
  ['super panavision 70', '65'],
  ['ultra panavision 70', '65'],
  ['mgm camera 65', '65'],
  ['dimension 150', '65'],
  ['imax 65', '65'],
];

/** The medium a format text names, or undefined when it names a stock or nothing known. */
export function mediumOf(text: string): Medium | undefined {
  const k = equivalenceKey(text).replace(/^(an|a) /, '');
  for (const [process, gauge] of PROCESS_GAUGE) if (k.includes(process)) return { medium: gauge };
  const gauge = /\b(?:super )?(8|16|35|65|70)\s?mm\b/.exec(k) ?? /\bsuper (8|16|35)\b/.exec(k);
  if (gauge) return { medium: gauge[1] === '70' ? '65' : (gauge[1] as string) };
  if (/\b(iphone|digital|arri|alexa|red one|red epic|sony|canon|blackmagic|hd video|video)\b/.test(k)) {
    return { medium: 'digital', device: k.split(' ').filter((w) => w !== 'camera' && w !== 'cameras') };
  }
  return undefined;
}

/** Whether two formats are known different: both known, and different gauges or devices. */
export function formatsDiffer(a: string, b: string): boolean {
  const ma = mediumOf(a);
  const mb = mediumOf(b);
  if (!ma || !mb) return false;
  if (ma.medium !== mb.medium) return true;
  if (ma.medium !== 'digital' || !ma.device || !mb.device) return false;
  // Two devices differ when neither description is contained in the other ("an iPhone" could be any iPhone).
  const da = ma.device;
  const db = mb.device;
  return !da.every((w) => db.includes(w)) && !db.every((w) => da.includes(w));
}
