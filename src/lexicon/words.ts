import { isDemonym, isRegionDemonym } from "./places.ts";
/**
 * General English word lists used by extraction and question understanding.
 * They describe how news is written, not what any article says.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Nouns that name a role or title: "Secretary", "ambassador", "spokeswoman". */
export const ROLE_WORDS = set(`
investigator coroner detective administrator president vice-president chairman chairwoman chair chairperson convener convenor ceo cfo coo cto founder co-founder owner
secretary undersecretary under-secretary minister prime premier chancellor ambassador envoy diplomat councilor councillor counselor consul attache
adviser advisor aide official officials spokesman spokeswoman spokesperson representative rep. sen. gov. senator
congressman congresswoman lawmaker legislator mp mep governor mayor deputy director head chief leader commissioner
commander general admiral colonel captain lieutenant sergeant officer inspector superintendent sheriff judge justice
attorney lawyer prosecutor counsel solicitor barrister auditor treasurer economist analyst strategist expert
professor prof. researcher scientist scholar fellow lecturer dean provost principal teacher student doctor dr.
physician nurse surgeon epidemiologist virologist editor reporter correspondent journalist columnist author writer
manager executive partner president-elect member speaker whip negotiator mediator organizer organiser activist conciliator arbitrator facilitator moderator
duke duchess earl countess baron baroness emperor empress tsar czar sultan emir sheikh khan caliph pharaoh viscount marquis bishop abbot
campaigner candidate nominee councilmember councilwoman councilman councillor alderman alderwoman assemblyman assemblywoman
selectman supervisor trustee regent comptroller controller auditor clerk magistrate marshal warden king queen prince princess pope bishop archbishop cardinal rabbi imam pastor coach
player captain skipper striker goalkeeper worker employee engineer pilot driver steward stewardess founder predecessor successor agent accountant consultant
mr. mrs. ms. mr mrs ms dr miss sir dame lord lady chairmen presidents ministers ambassadors secretaries directors spokesmen
spokeswomen analysts experts researchers leaders diplomats economists counterpart
businessman businesswoman entrepreneur schoolteacher farmer fisherman shopkeeper trader banker merchant
mechanic technician miner welder plumber carpenter electrician labourer laborer firefighter ranger paramedic dockworker docker resident homeowner tenant landlord volunteer retiree pensioner veteran
actor actress producer filmmaker screenwriter novelist poet singer musician artist painter composer conductor cellist violinist pianist choreographer dancer critic reviewer photographer designer architect chef
midfielder defender forward winger full-back fullback centre-back center-back playmaker quarterback pitcher catcher batter bowler batsman jockey cyclist swimmer sprinter referee umpire
`);

/** Role words that usually stand right before a name as a title: "Senator Ruiz", "Dr. Okafor". */
export const HONORIFICS = set(`mr. mrs. ms. mr mrs ms dr miss dr. prof. sir dame lord lady rep. sen. gov. gen. col. capt. lt. sgt. adm. rev. st.`);

/** Words that make a capitalised phrase an organization: "Pew Research Center", "Communist Party". */
export const ORG_WORDS = set(`
party parties commission committee council ministry department administration agency authority bureau office
institute institution center centre university college school academy foundation association federation confederation union
museum gallery library society orchestra observatory
league alliance coalition organization organisation corporation corp. corp company co. inc. inc ltd. ltd llc llp plc group
holdings bank fund trust board court tribunal parliament congress senate assembly house cabinet government army navy
forces force police service services network media times post journal news press tribune herald gazette agency
reuters bloomberg club team hospital clinic laboratory lab labs airlines airways motors industries technologies
systems partners capital ventures exchange reserve treasury nations movement front guard church
transit transport transportation airlines airways ferries rail railways railroad logistics analytics software networks
technologies technology tech labs biologics pharmaceuticals pharma therapeutics biotech health healthcare energy power
electric utilities oil gas mining steel motors automotive foods beverages bottlers brands solutions resources securities insurance financial
finance investments bancorp studios entertainment communications telecom wireless robotics dynamics semiconductor
semiconductors cloud data research forum institute workers local ledger gazette chronicle observer examiner inquirer
dispatch courier review watch monitor observatory athletics quarterly monthly magazine daily weekly broadcasting radio television tv records press publishing publishers
metrics consulting consultancy advisory partners polling surveys strategies directorate secretariat inspectorate division lines shipping freight maritime
united athletic athletico rovers rangers wanderers albion hotspur fc afc together freight shipping minerals metals lithium works shipyard shipyards centres centers institutes mutual
chamber chambers guild guilds cooperative co-operative consortium syndicate pac
components appliances electronics construction
brewery breweries brewing distillery distilleries vineyards mills mines farms dairies bakeries textiles apparel cement chemicals plastics
banco banca caja caixa grupo compañía compania sociedad fundación fundacion universidad instituto asociación asociacion federación federacion partido banque société societe groupe compagnie fondation gruppo società societa fondazione stiftung gesellschaft verband ag gmbh sa spa nv bv
`);

/** First words that make a capitalised phrase an organization or a place, never a person's given name. */
export const NOT_GIVEN_NAMES = set(`
northern southern eastern western north south east west central national federal international united general american
british chinese european global royal new old great greater upper lower first second third independent democratic
republican liberal conservative progressive people's popular civic free public state city county metropolitan
`);

/** Words that make a capitalised phrase a place: "Anchorage Bay", "Lake Placid", "Cook County". */
export const PLACE_WORDS = set(`
city county province state region district island islands bay river lake mountain mountains valley street avenue road
square park airport spaceport port harbor harbour bridge station strait sea ocean coast peninsula village town borough canal
flats heights hills springs falls beach point quarter neighborhood neighbourhood valley canyon creek bay delta
ridge peak plateau basin glacier forest reserve gulf cape mesa prairie plains desert crossing checkpoint camp estuary lagoon fjord
`);

/** Prepositions after which a capitalised name is most likely a place. */
export const PLACE_PREPOSITIONS = set(`in at from to near outside inside across towards toward into around throughout via through`);

/** Speech verbs that attribute a quote or statement: "said", "told", "according to". */
export const SPEECH_VERBS = set(`
say says said saying tell tells told telling add adds added adding state states stated write writes wrote argue argues argued
warn warns warned insist insists insisted claim claims claimed note notes noted explain explains explained ask asks asked
declare declares declared announce announces announced tweet tweets tweeted respond responds responded reply replies replied
acknowledge acknowledges acknowledged suggest suggests suggested predict predicts predicted promise promises promised
vow vows vowed urge urges urged stress stresses stressed emphasize emphasized emphasizes concede concedes conceded
counter counters countered recall recalls recalled describe describes described call calls called
`);

/** Words marking a negative statement, for yes/no answers. */
export const NEGATIONS = set(`not no never neither nor none nothing nobody n't cannot without unlikely won't can't don't doesn't didn't isn't aren't wasn't weren't`);

/** Common capitalised words that are not names at the start of a sentence or as a stand-alone. */
export const NOT_NAMES = set(`
the a an this that these those it its he she they we i you his her their our my your there here but and or so yet
if when while after before since because although though however still also both neither either each every all some
many most few more less nearly about around even just only then now today yesterday tomorrow tonight monday tuesday
wednesday thursday friday saturday sunday january february march april may june july august september october
november december including according representing meanwhile instead including despite last next this week month year
in at on for by with from under over during across within without among into onto upon mr mrs ms jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`);

/**
 * Kinds of organization, each with the words for it: "the union" may be the Air Line Pilots
 * Association, "the carrier" the one airline, "the lender" a bank. General English.
 */
export const ORG_KINDS: readonly (readonly string[])[] = [
  ["union", "unions", "association", "federation", "guild", "confederation", "syndicate"],
  ["airline", "airlines", "carrier", "airways"],
  ["bank", "lender", "banks"],
  ["regulator", "watchdog", "authority", "commission", "agency", "board", "office", "service", "directorate", "bureau", "inspectorate", "organisation", "organization"],
  ["ministry", "department"],
  ["court", "tribunal"],
  ["party", "coalition", "alliance"],
  ["council", "councils"],
  ["university", "college", "school", "institute", "academy"],
  ["hospital", "clinic", "center", "centre"],
  ["insurer", "insurance"],
  ["museum", "gallery"],
  // A football club is called by the word its name ends in ("Ashcombe United", "Castleford Rangers").
  ["club", "team", "united", "rovers", "rangers", "athletic", "wanderers", "albion", "hotspur", "fc", "afc"],
];

/** The words for one kind of organization that `noun` belongs to ("carrier" for "airline"), if any. */
export function orgKindOf(noun: string): readonly string[] | undefined {
  const w = noun.toLowerCase();
  return ORG_KINDS.find((k) => k.includes(w));
}


/** Nouns that, heading an appositive, say the name before it is an organization: "Alvera Biologics, a drugmaker". */
export const ORG_NOUNS = set(`
company companies firm firms cooperative co-operative drugmaker maker manufacturer carmaker automaker chipmaker charity nonprofit non-profit group ngo ngos
startup start-up bank lender insurer retailer chain carrier airline agency regulator watchdog body board developer supplier provider
operator producer publisher broadcaster network newspaper magazine journal tabloid website outlet tank organization organisation union association federation
coalition party alliance council committee commission authority ministry department university college school institute
center centre hospital clinic laboratory lab utility conglomerate subsidiary brand platform exchange fund club team league consultancy brokerage guild gang gangs cartel cartels militia militias
carriers airlines banks lenders insurers retailers operators producers publishers broadcasters newspapers outlets regulators
charities startups developers suppliers providers utilities drugmakers carmakers automakers chipmakers manufacturers
shipbuilder shipbuilders boatbuilder boatbuilders homebuilder homebuilders housebuilder housebuilders steelmaker steelmakers planemaker planemakers toymaker toymakers
`);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Verbs that say what someone's role is, with the role: "who chairs the panel" asks for its chair. */
export const ROLE_VERBS = new Map(
  Object.entries({
    chairs: "chair", chaired: "chair", heads: "head", headed: "head", directs: "director", directed: "director",
    manages: "manager", managed: "manager", coaches: "coach", coached: "coach", founded: "founder", cofounded: "co-founder",
    "co-founded": "co-founder", governs: "governor", owns: "owner", owned: "owner", edits: "editor", presides: "president",
    represents: "representative", captains: "captain", commands: "commander", commanded: "commander", hosts: "host",
    prosecutes: "prosecutor", prosecuted: "prosecutor", prosecuting: "prosecutor",
  }),
);

/** Topics that name the story's own event or its outcome ("what did she say about the deal?"): anything the speaker said of it is on topic. */
export const GENERIC_TOPIC_WORDS = ["decision", "move", "plan", "deal", "agreement", "issue", "matter", "situation", "news", "announcement", "result", "outcome", "vote", "ruling", "talks", "meeting", "it", "this", "that"];

/** Small numbers written as words, as questions use them ("which two officials", "both sides"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2, pair: 2 }));

/** Letters written after a name that are not part of it: "Simon Achterberg KC", "Ann Lowe MP". */
export const POST_NOMINALS = /^(KC|QC|SC|MP|MEP|MSP|MLA|OBE|CBE|MBE|KBE|DBE|PhD|FRS)$/;

/** A word for what someone does: a listed role ("minister", "advisers"), or an occupation by its ending ("seismologist", "historian"). */
export function isOccupation(w: string): boolean {
  return ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, "")) || isSpecialist(w);
}

/** An occupation by its ending: "seismologist", "historian", "economists"; not a people's name ("Australian"). */
export function isSpecialist(w: string): boolean {
  return w.length >= 7 && /(?:ologists?|ists?|ians?)$/.test(w) && !/^(christians?|lists?|exists?|resists?|insists?|assists?|persists?|twists?)$/.test(w) && !isDemonym(w) && !isRegionDemonym(w);
}

/**
 * Plural nouns for people that open the name of a group campaigning for something ("Parents for
 * Safe Schools", "Logan Neighbors for Responsible Growth").
 */
export const CAUSE_GROUPS = /^(?:parents|citizens|neighbors|neighbours|residents|doctors|physicians|nurses|scientists|teachers|mothers|fathers|families|friends|voters|women|students|workers|taxpayers|lawyers|veterans|advocates|americans|canadians|britons|australians|people|patients|farmers|fishermen|communities|coalition)$/;

/** Units of length, as a pattern to build on: "metres", "km", "ft", "inches". */
export const LENGTH_UNIT = "kilomet(?:re|er)s?|km|(?:nautical )?miles?|met(?:re|er)s?|m|feet|foot|ft|centimet(?:re|er)s?|cm|inch(?:es)?|yards?";

/** Things whose length is in units of length, not time: "how long is the line?" asks kilometres. */
export const LONG_THINGS = /\b(?:line|road|bridge|pipeline|tunnel|river|border|wall|runway|track|railway|rail|cable|canal|coast|coastline|route|highway|motorway)s?\b/;
/** A state that lasts, asked with "how long was X ...": "how long was the machine stuck under the river" asks a time, not a length. */
export const STATE_LASTED = /\b(?:stuck|closed|shut|delayed|missing|trapped|held|detained|offline|suspended|grounded|blocked|jailed|imprisoned|stranded|stalled|open|flooded|submerged|underwater|out of (?:action|service)|in (?:office|power|prison|jail|hospital|service))\b/;

/** Words that set an upper bound on the number after them ("up to 10 years", "capped at 52 weeks"), as a pattern to build on. */
export const UPPER_BOUND = "up to|as (?:much|many|high|long|far) as|capped at|(?:a|the) (?:maximum|cap|ceiling|limit) of|maximum (?:\\w+ )?of|at most|no more than";
/** Words that set a lower bound on the number after them ("at least 26 weeks"), as a pattern to build on. */
export const LOWER_BOUND = "at least|no less than|not less than|(?:a|the) minimum of|minimum (?:\\w+ )?of";

/** Words that put a story in a courtroom, where "the case" is the story's own. */
export const COURT_WORDS: readonly string[] = ["court", "trial", "judge", "prosecutor", "prosecutors", "tribunal"];

/** Stems of words for groups ("delegation", "officials", "government"): often paraphrased, and whose group is meant matters more than the word. */
export const GROUP_TERMS = /^(deleg|offici|side|team|group|peopl|countri|govern|talk|meet|parti)/;

/** Initials of common nouns, units and diseases, not of any one body: "NGO", "CEO", "MW", "GDP", "RSV". */
export const COMMON_ACRONYM_LIST = "MW|GW|KW|KWH|MWH|GWH|TWH|KM|KG|MPH|CM|MM|BN|MN|GMT|UTC|EST|EDT|CST|PST|BST|CET|AI|MRI|CT|NGO|NGOS|CEO|CFO|COO|CTO|GP|GPS|ICU|IVF|PPE|ER|A&E|MP|MPS|GDP|HIV|AIDS|COVID|SARS|RSV|HPV|MERS|TB|COPD|ADHD|PTSD|CPR|ECG|EKG|DNA|RNA|TV|PM|AM|EV|EVS|IT|OK|ID|IQ|PR|HQ|VAT|ZIP|IPO|LNG|LPG|PHD|MBA|MA|BA|MSC|BSC";
export const COMMON_ACRONYMS = new RegExp(`^(?:${COMMON_ACRONYM_LIST})$`);

/** A speed: a number and a unit of length per unit of time. */
export const SPEED = /\b(?:(?:more than|up to|about|around|nearly|some|over|at least)\s+)?\d[\d,.]*\s*(?:(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|m|feet|ft)\s*(?:per|an|a|\/)\s*(?:hour|h|second|sec|s|minute|min)\b|km\/h|kph|mph|knots?)/i;

/** Verbs whose "how fast" asks a speed, not a time. */
export const SPEED_VERBS = /\b(?:travel|travels|travelled|traveled|travelling|traveling|move|moves|moved|moving|spread|spreads|spreading|blow|blows|blew|blowing|go|goes|went|going|run|runs|ran|running|fly|flies|flew|flying|drive|drives|drove|driving|push|pushes|pushed|pushing|flow|flows|flowed|flowing|rise|rises|rose|rising|grow|grows|grew|growing|fall|falls|fell|falling|sail|sails|sailed|sailing|spin|spinning|gusts?|winds?)\b/;

/** A proceeding opened, which starts it: "opened a preliminary investigation", "opens talks". */
export const OPENED_PROCEEDING = /\bopen(?:ed|s|ing)?\s+(?:a|an|the|its|their|formal|fresh)\s+(?:[a-z-]+\s+)?(?:investigation|inquiry|probe|case|review|talks|negotiations|hearing|trial|consultation|enquiry)\b/i;
