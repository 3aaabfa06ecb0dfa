/**
 * British and American spellings of one word, folded to one form before stemming, so that a
 * question typed "license" or "labor" finds an article that writes "licence" or "labour" (and the
 * other way round). Only endings and words that are spelled two ways for the same meaning: "tonne"
 * and "ton" are different weights, "storey" and "story" different things.
 */

/**
 * Whole words spelled differently, by their British form; and for "-re" words the American form,
 * folded to the British one, whose stem ("centr") is the start of their kin ("central", "metric").
 */
const WORDS = new Map(
  Object.entries({
    center: "centre",
    centers: "centres",
    centered: "centred",
    theater: "theatre",
    theaters: "theatres",
    meter: "metre",
    meters: "metres",
    liter: "litre",
    liters: "litres",
    fiber: "fibre",
    fibers: "fibres",
    caliber: "calibre",
    somber: "sombre",
    specter: "spectre",
    programme: "program",
    programmes: "programs",
    grey: "gray",
    plough: "plow",
    ploughs: "plows",
    mould: "mold",
    kerb: "curb",
    aluminium: "aluminum",
    jewellery: "jewelry",
    sceptic: "skeptic",
    sceptics: "skeptics",
    sceptical: "skeptical",
    scepticism: "skepticism",
    judgement: "judgment",
    judgements: "judgments",
    enrolment: "enrollment",
    instalment: "installment",
    instalments: "installments",
    fulfilment: "fulfillment",
    manoeuvre: "maneuver",
    manoeuvres: "maneuvers",
    paediatric: "pediatric",
    paediatrician: "pediatrician",
    anaesthetic: "anesthetic",
    haemorrhage: "hemorrhage",
    oestrogen: "estrogen",
    foetus: "fetus",
    diarrhoea: "diarrhea",
    leukaemia: "leukemia",
    oesophagus: "esophagus",
  }),
);

/** "-our" words that are not the "-or" of American spelling ("hour", "detour"). */
const OUR_KEPT = /^(?:hour|four|pour|your|sour|tour|dour|flour|scour|detour|contour|devour|amour|paramour|velour|troubadour|tambour)/;

/** Endings: [British, American, words it does not apply to]. The part before the ending must be long enough to be a word's stem. */
const ENDINGS: [RegExp, string, RegExp?][] = [
  // licence, defence, offence, pretence (the nouns); "licensed" is spelled one way.
  [/^(lic|def|off|pret)ence(s)?$/, "$1ense$2"],
  // organise, organisation, criticised, privatising; not "raise", "noise", "praise" (short stems).
  [/^([a-z]{4,})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2"],
  // analyse, paralysed ("analyses" may be the plural of "analysis").
  [/^([a-z]{3,})ys(e|ed|ing)$/, "$1yz$2"],
  // colour, labour, favourite, honoured, neighbours, behaviour.
  [/^([a-z]{2,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|hood|hoods)?$/, "$1or$2", OUR_KEPT],
  // catalogue, dialogues, analogue.
  [/^([a-z]{4,})ogue(s)?$/, "$1og$2"],
];

/** One spelling of a lower-case word for both (mostly the American one), or the word itself. */
export function oneSpelling(word: string): string {
  const whole = WORDS.get(word);
  if (whole) return whole;
  if (word.length < 5) return word;
  for (const [re, to, unless] of ENDINGS) if (re.test(word)) return unless?.test(word) ? word : word.replace(re, to);
  return word;
}
