/**
 * Groups of words that news questions use for one another ("summit" for "talks", "speak for" for
 * "represent"). General English, not about any article. Each word maps to the others of its group.
 */
const GROUPS = `
meet meeting meetings talks talk summit negotiations negotiation dialogue discussions session sessions sit-down
represent representing representatives speak speaks speaking spokesperson spokeswoman spokesman behalf delegation team
make makes made making produce produces produced producing manufacture manufactures manufactured maker makers manufacturer manufacturers producer producers
show shows showed shown present presented presents unveil unveiled display displayed publish publishes published release releases released
shot shots jab jabs injection injections dose doses
run runs ran running head heads lead leads
chief executive ceo boss bosses
finance financial
die died dies death deaths dead killed fatal
based headquartered
lawyer lawyers counsel attorney attorneys barrister barristers solicitor solicitors
dealer dealers merchant merchants trader traders
skipper skippers captain captains
police policemen policewomen officers
separated separate separates separating margin gap ahead
expert experts analyst analysts scholar scholars researcher researchers specialist specialists pundit pundits economist economists strategist strategists
lead leads leading head heads top chief senior command commands commanded commanding
delegation delegations team officials representatives side
country nation state power
say says said tell told state stated claim claimed speak spoke spoken comment commented remarks
envoy envoys ambassador ambassadors diplomat diplomats emissary
popular popularity favorable favourable approval
powers governments countries nations sides
phone phoned call called
aide aides adviser advisers advisor advisors
think believe believes view views
plan plans planned intend intends intention aim aims aimed aiming
want wants wanted seek seeks seeking sought demand demands demanding demanded
limit limits cap caps ceiling ceilings
contribute contributes contributed contributing contribution contributions donate donates donated donating donation donations pledge pledges pledged pledging commit commits committed committing
expect expects expected expectation expectations anticipate
poll polls polling pollster pollsters survey surveys
enemy enemies adversary adversaries foe threat rival
school schools academy academies
original originally initial initially
initial preliminary
hope hopes hoped wish
arrive arrived arrival reach reached land landed
travel travelled traveled trip visit visited visits tour
leave left depart departed
begin began start started beginning
end ended conclude concluded close finish
agree agreed agreement deal accord
treaty treaties agreement agreements pact pacts accord accords convention conventions
refuse refused reject rejected decline declined
fine fined penalty penalties
buy bought purchase acquisition acquire acquired takeover deal merger
pay paid wage wages salary salaries
worker workers employees staff jobs workforce
staff employees workforce employ employs employed employing
strike strikes walkout stoppage
recover recovered recovers recovering recapture recaptured recaptures recapturing
protest protests rally rallies demonstration demonstrations
finish finished finishes completed completes completion
value valued worth
support supports supported supporting endorse endorsed favour favor
straight consecutive successive
withdraw withdraws withdrew withdrawn withdrawing withdrawal pullout
discharge discharges discharged discharging release released releasing spill spills spilled spilt spilling dump dumped dumping
occasions times
vote referendum plebiscite
respondents adults people voters
payment instalment installment
pursuit pursuits chase chases chased chasing
phd doctoral doctorate
payments instalments installments
officially formally
appoint appoints appointed appointing appointment hire hires hired hiring
sack sacks sacked sacking fire fires fired firing oust ousted
study studies research trial
findings finding results result conclusions
percent percentage share proportion
raise raised bring brought address
aim aims aimed aiming goal purpose objective target targets
farmer farmers grower growers
ship ships vessel vessels ferry ferries boat boats
headed heading bound destined
odds chance chances likelihood probability
seas waves swell swells
characterise characterize characterised characterized characterising characterizing portray portrayed dismiss dismissed
attitude attitudes view views opinion opinions sentiment
strain strains tension tensions deterioration friction
legislation law laws bill bills act acts
worried concern concerns worry worries concerned
concern concerns complaint complaints objection objections object objects objected objecting complain complains complained complaining
complaint complaints grievance grievances criticism criticisms
biggest greatest largest top
progress breakthrough headway
criticize criticized criticise criticised condemn condemned
defend defended protect protected
compromise compromises concessions concede
block blocked stop halt
stop stops stopped stopping suspend suspends suspended suspending halt halts halted halting cease ceases ceased pause pauses paused freeze freezes froze frozen freezing
project development scheme proposal
quake quakes earthquake earthquakes tremor tremors temblor
injure injured injuring injuries wounded hurt
plane planes aircraft airliner airliners jet jets airplane airplanes aeroplane bomber bombers
crash crashes crashed accident accidents collision collisions collide collides collided colliding
breach breaches hack hacked hackers intrusion intrusions cyberattack attackers intruders
sue sues sued suing lawsuit lawsuits suit
disclose disclosed announce announced reveal revealed
fall fell drop dropped decline declined slide slid lose lost
approve approved approval pass passed
vote votes voted ballot
law bill legislation
company firm business corporation
bid bids offer offers
mp mps mep meps lawmaker lawmakers legislator legislators parliament
attendance crowd crowds
fire fires blaze blazes wildfire wildfires
size big large acres hectares area land
strengthen strengthened strengthening bolster bolstered bolstering boost boosted shore
plant plants factory factories facility facilities
baby babies infant infants newborn newborns
sign signed signature signatures petition
deadline deadlines window cutoff
build building construction
challenge challenges challenged contest contested fight fighting fought
stock stocks share shares
kid kids child children youngsters minors
probe probes inquiry inquiries investigation investigations review reviews
shortchange shortchanges shortchanged undervalue undervalues undervalued
inform informs informed informing notify notifies notified notifying alert alerted
hire hires hired hiring recruit recruited engage engaged retain retained
surgery surgeries operation operations procedure procedures
postpone postpones postponed postponing postponement delay delays delayed
send sends sending sent dispatch dispatched dispatching representing
press reporters journalists media newsmen
decision decisions ruling rulings verdict verdicts judgment judgement
spend spends spending spent invest invests invested investing investment cost costs
yearly annual annually
output capacity production
watchdog watchdogs regulator regulators
judge judges justice magistrate magistrates
hot hottest temperature temperatures celsius fahrenheit
cut cuts cutting eliminate eliminates eliminated eliminating slash slashed axe axed reduce reduces reduced reducing shave shaves shaved shaving shed sheds shedding
consumption consume consumes consumed usage use
residents locals citizens inhabitants population
win won wins winning winner winners victory victor unseat unseated unseats oust ousted ousts defeat defeated defeats beat beats
race races election elections contest contests
camp camps campaign campaigns
rule rules restriction restrictions curb curbs
boss bosses manager managers
cash money funds
transfer transfers transferred transferring move moves moved moving
drug drugs pill pills tablet tablets medicine medicines medication medications
paid funded financed bankrolled
shop shops store stores
lab labs laboratory laboratories
upgrade upgrades upgraded upgrading improvement improvements refurbishment refurbishments renovation renovations modernise modernises modernised modernising modernisation modernize modernizes modernized modernizing modernization
outage outages blackout blackouts
hostage hostages captive captives
truck trucks lorry lorries
haulage haulier hauliers haulers trucking truckers
lodge lodges lodged lodging file files filed filing submit submits submitted submitting
frontier frontiers border borders
kidnap kidnaps kidnapped kidnaped kidnapping kidnaping abduct abducts abducted abducting abduction seize seized seizing snatch snatched
spill spills spilled spilt spilling leak leaks leaked leaking
box boxes container containers
cap caps capped quota quotas ceiling ceilings
pull pulls pulled pulling drag drags dragged dragging tow tows towed towing haul hauled hauling
shortfall shortfalls gap gaps deficit deficits
headed heading bound sailing sailed travelling traveling flying
depart departs departed departing departure sail sails sailed sailing
houses homes dwellings households
merged combined
temporary makeshift provisional interim
economy economies gdp
preside presides presided presiding chair chairs chaired chairing
operate operates operated operating run runs ran running
collapse collapsed collapses cave-in caved
resume resumes resumed resuming restart restarts restarted restarting
shelter shelters refuge refuges
employ employs employed employing employee employees staff workforce
warning warnings alert alerts alarm alarms
due expected
rider riders passenger passengers commuter commuters traveller travellers traveler travelers
booking bookings reservation reservations
film films movie movies
shut shuts shutting closed closure closures
cancel cancels cancelled canceled cancelling canceling cancellation cancellations scrap scraps scrapped scrapping
check checks checked checking inspect inspects inspected inspecting inspection inspections test tests tested testing
brother brothers sister sisters sibling siblings
husband husbands wife wives spouse spouses
swap swaps swapped exchange exchanges exchanged
broker brokers brokered brokering mediate mediates mediated mediating mediator mediators mediation
jail jails jailed prison prisons imprisoned imprisonment
crime crimes offence offences offense offenses
evacuate evacuated evacuating evacuation evacuations evacuees flee fled fleeing
affect affects affected affecting impact impacts impacted impacting
guarantee guarantees guaranteed assurance assurances
quit quits quitting resign resigns resigned resigning resignation
grandkid grandkids grandchild grandchildren
dollar dollars greenback greenbacks
photo photos photograph photographs picture pictures
fare fares ticket tickets
campaigner campaigners activist activists
carmaker carmakers automaker automakers
theater theaters theatre theatres cinema cinemas
breakdown breakdowns malfunction malfunctions
opposition opponents oppose opposes opposed opposing
haul hauls seizure seizures
participation turnout
backup back-up standby
gadget gadgets device devices electronics
restitution repatriation
retaliation retaliate retaliatory countermeasures
disease diseases illness illnesses
examine examines examined examining scrutinise scrutinises scrutinised scrutinising scrutinize scrutinizes scrutinized scrutinizing scrutiny
premium premiums markup markups
climb climbs climbed climbing jump jumps jumped jumping surge surges surged surging soar soars soared soaring rise rises rose risen
rise rises rose risen rising increase increases increased increasing hike hikes hiked
payment payments transaction transactions
cab cabs cabbie cabbies taxi taxis
allow allows allowed allowing let lets letting authorise authorises authorised authorising authorize authorizes authorized authorizing permit permits permitted
membership members member
regenerate regenerates regenerated regenerating regeneration regrow regrows regrew regrown regrowing regrowth
recall recalls recalled recalling withdraw withdraws withdrew withdrawn withdrawal withdrawals pull pulls pulled pulling remove removes removed removing removal
book books textbook textbooks
impurity impurities contamination contaminant contaminants contaminated contaminate
detect detects detected detecting detection discover discovers discovered discovery spot spotted find finds found
`;

/** Words that stand for the first of a line, but not for one another: "cold" is weather, yet not "hot". */
const ONE_WAY = `
bonus payment payments
bring escort tow
registered flagged
brought escorted towed
bonuses payments
earn salary pay wage wages income
supported backed
support backed
consider decide weigh discuss review
sacked dismissed
sack dismiss
fancy favourite favorite
fancied favourite favorite
earns salary pay wage wages income
earned salary pay wage wages income
weather cold colder freezing frozen freezingly icy snow snowy snowing chilly frigid wintry hot hotter heat heatwave scorching sweltering warm humid muggy sunny cloudy overcast rain rainy raining wet stormy storm storms windy foggy misty mild balmy blizzard downpour drizzle thunderstorm thunderstorms gale gales sleet hail
chair convener convenor chairman chairwoman chairperson
hackers attackers
raid search searched searches searching
raids searches searched
raided searched
hacker attacker
hack attack cyberattack
interest coupon coupons
hit struck strike strikes
hits struck strikes
alarm concern concerns
avalanche slide slides snowslide
avalanches slide slides snowslide
landslide slide slides mudslide landslip
landslides slide slides mudslides landslips
work employ employs employed employees staff workforce workers jobs operations
works employ employs employed employees staff workforce workers jobs
benchmark policy key base
regulator watchdog authority agency commission
regulators watchdog watchdogs authority authorities agency agencies commission
municipality city council town municipal
coffers budget revenue revenues treasury
headcount workforce staff employees jobs workers
waitlist waitlists waiting
insider insiders source sources
sea ocean waters
aid charity charities humanitarian relief
temperature reading readings
measured reading readings
measure reading readings
infrastructure network networks grid grids
outage cut cuts
release freed free freeing
stake owns owned holding holdings shareholding
stakes owns owned holdings shareholdings
bracing feared fearing expected anticipated
sparked caused cause
government state ministry
livestock animals sheep cattle cows goats pigs
player striker midfielder defender goalkeeper forward winger
players strikers midfielders defenders goalkeepers forwards wingers
interim caretaker acting temporary
drugmaker manufacturer maker pharmaceutical company firm
drugmakers manufacturers makers pharmaceutical companies firms
tv television broadcaster broadcasters channel
proposed offered offer
propose offer offered
pollution pollutants pollutant emissions fumes smog exhaust dioxide particulate particulates
triggered caused cause
spark cause caused
trigger cause caused
braced feared expected anticipated
released freed
releasing freeing
outages cuts
insurance coverage cover
notice informed notified
scientist glaciologist seismologist volcanologist climatologist hydrologist geologist biologist epidemiologist virologist meteorologist physicist chemist researcher ecologist oceanographer
scientists glaciologists seismologists volcanologists climatologists hydrologists geologists biologists epidemiologists virologists meteorologists physicists chemists researchers ecologists oceanographers
line queue queues tailback tailbacks
lines queues tailbacks
wrote drafted authored
write draft author
written drafted authored
run chief executive ceo manager
runs chief executive ceo manager
ran chief executive ceo manager
running chief executive ceo manager
lawmakers legislators members mps deputies parliamentarians
lose loses losing loss losses
overall total combined
supposed scheduled due planned expected
handed presented awarded gave
born birth
stay stays stayed staying remain remains remained remaining
stockpile stockpiles stocks reserves
additional extra
cleaners cleaning
divided split division
divide split
advice advised advise advises advising recommendation recommended recommend
hide hides hid hidden hiding conceal conceals concealed concealing
layoff layoffs redundancy redundancies
forced compulsory mandatory
shut blocked closed blockaded
given awarded granted
give award grant
gave awarded granted
hand awarded granted
lost loss losses
entire whole
proposal amendment motion
proposals amendments motions
legislators lawmakers members mps deputies parliamentarians
begin opened opens
began opened
confiscated seized
confiscate seize seized
earlier previous prior
painting canvas picture artwork
paintings canvases pictures artworks
debate session sessions sitting
fail fell defeated
failed fell defeated
`;

/** Small numbers in figures and in words: "the first 3 years" is "the first three years". */
const SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map((w, i) => `${i + 2} ${w}`).join("\n");

const index = new Map<string, string[]>();
for (const line of `${GROUPS.trim()}\n${SMALL_NUMBERS}`.split("\n")) {
  const group = line.trim().split(/\s+/);
  for (const w of group) index.set(w, [...new Set([...(index.get(w) ?? []), ...group.filter((x) => x !== w)])]);
}
for (const line of ONE_WAY.trim().split("\n")) {
  const [word, ...standIns] = line.trim().split(/\s+/);
  index.set(word, [...new Set([...(index.get(word) ?? []), ...standIns])]);
}

/** Every word that has stand-ins listed. */
export function listedWords(): Iterable<string> {
  return index.keys();
}

/**
 * Words that stand for `word` in a question; empty when none is listed. A plural not listed stands
 * for the plurals of its singular's words: "companies" -> "firms", "businesses", "corporations".
 */
export function expand(word: string): string[] {
  const listed = index.get(word);
  if (listed) return listed;
  let plural = plurals.get(word);
  if (!plural) {
    const one = singularOf(word);
    const forOne = one ? index.get(one) : undefined;
    plural = forOne ? [...new Set(forOne.filter((w) => !w.includes(" ")).map(pluralOf))] : NONE;
    // Remembered (a bounded table): questions ask it of the same words again and again.
    if (plurals.size > 20_000) plurals.clear();
    plurals.set(word, plural);
  }
  return plural;
}
const plurals = new Map<string, string[]>();
const NONE: string[] = [];

/** The singular of a regular plural ("companies" -> "company", "boxes" -> "box"), or undefined. */
function singularOf(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return undefined;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The regular plural of a word ("firm" -> "firms", "agency" -> "agencies"); a plural or a verb's "-ed" or "-ing" form as it is. */
function pluralOf(word: string): string {
  if (/(?:s|ed|ing)$/.test(word)) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * Words that say someone wants something done, looser than a synonym: "called on the treasurer to
 * block the sale", "urged", "demanded", "sought". A question's "want" is half-said by them.
 */
const WANTING_WORDS: readonly string[] = ["urge", "demand", "seek", "sought", "call"];

/** Words a question's word is half-said by (stems' sources): asking for something is wanting it. */
export function looselyFor(word: string): readonly string[] {
  return LOOSE.get(word) ?? [];
}
const LOOSE = new Map<string, readonly string[]>(["want", "demand", "seek"].map((w) => [w, WANTING_WORDS.filter((x) => x !== w)]));

/** Roles that ask for whoever leads ("who heads the union?"): any leading title answers them, not the other way round. */
const LEADING_TITLES = ["president", "chair", "chairman", "chairwoman", "chairperson", "convener", "convenor", "leader", "chief", "director", "head", "governor", "commander", "administrator"];
const GENERIC_ROLES = new Set(["head", "heads", "leader", "leaders", "boss", "bosses", "chief", "chiefs"]);

/** Titles that answer a role word of a question: itself, its stand-ins, and any leading title for "head". */
export function titlesFor(word: string): string[] {
  return [word, ...expand(word), ...(GENERIC_ROLES.has(word) ? LEADING_TITLES : [])];
}
