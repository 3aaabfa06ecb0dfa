/**
 * Irregular English verb forms and their base form, so that "made" matches "makes" and "sold"
 * matches "sell", and irregular noun plurals and their singular, so that "bacteria" matches
 * "bacterium": the stemmer only strips regular endings. General English, nothing about any
 * article. Forms that are also common nouns or adjectives in news ("left", "found", "ground",
 * "saw", "felt", "lay") are left out: matching them to a verb would do more harm than good.
 */
const TABLE = `
arise arose arisen|awake awoke awoken|be was were been|bear bore borne|beat beat beaten|become became|begin began begun
bend bent|bet|bid|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought
build built|burn burnt|burst|buy bought|catch caught|choose chose chosen|cling clung|come came|cost|creep crept|cut
deal dealt|dig dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen
feed fed|fight fought|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forecast|forget forgot forgotten
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|hang hung
have had|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|know knew known|lead led|lend lent|let|lose lost
make made|mean meant|meet met|pay paid|prove proven|put|quit|read|ride rode ridden|ring rang rung|rise rose risen
run ran|say said|see seen|seek sought|sell sold|send sent|set|shake shook shaken|shed|shine shone|shoot shot|show shown
shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|spend spent
spin spun|split|spread|stand stood|steal stole stolen|stick stuck|sting stung|strike struck stricken|strive strove striven
swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told
think thought|throw threw thrown|undergo underwent undergone|understand understood|undertake undertook undertaken
upset|wake woke woken|wear wore worn|weep wept|win won|withdraw withdrew withdrawn|withhold withheld|write wrote written
`;

/** Nouns whose plural the stemmer cannot take back. Not "media" or "data": in news they are nouns of their own. */
const NOUNS = `
bacterium bacteria|criterion criteria|phenomenon phenomena|curriculum curricula|memorandum memoranda|stratum strata
fungus fungi|nucleus nuclei|stimulus stimuli|thesis theses|analysis analyses|crisis crises|hypothesis hypotheses
diagnosis diagnoses|child children|man men|woman women|foot feet|tooth teeth|mouse mice
wolf wolves|knife knives|wife wives|half halves|shelf shelves|thief thieves|calf calves|loaf loaves|hoof hooves|scarf scarves|goose geese
`;

function baseForms(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of table.trim().split(/[|\n]/)) {
    const [base, ...forms] = entry.trim().split(/\s+/);
    for (const form of forms) out.set(form, base);
  }
  return out;
}
const BASE = baseForms(TABLE);
const SINGULAR = baseForms(NOUNS);

/** The base form of an irregular verb form ("made" -> "make"); undefined for any other word. */
export function irregularBase(word: string): string | undefined {
  return BASE.get(word);
}

/** The singular of an irregular noun plural ("bacteria" -> "bacterium"); undefined for any other word. */
export function irregularSingular(word: string): string | undefined {
  return SINGULAR.get(word);
}
