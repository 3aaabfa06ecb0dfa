import { countryOf, isDemonym, isKnownPlace } from "../lexicon/places.ts";

/**
 * Set phrases of questions said the way news articles say them: "lost their lives" -> "died",
 * "per share" -> "a share", "in charge of" -> "leads". General English, not about any article.
 */

/** Set phrases said in one word the articles use: "lost their lives" -> "died". */
const WEEKDAYS: Record<string, string> = { mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday", sun: "Sunday" };

const MEASURE_ADJECTIVE: Record<string, string> = { length: "long", height: "tall", width: "wide", depth: "deep" };

/** Words for people at work: "letting staff go" cuts jobs. */
const WORKFORCE = /\b(?:staff|staffers|workers?|employees?|jobs?|workforce|personnel|people|positions|employers?|company|firm)\b/i;

/** A law, a tax or a rule named within a few words: what is brought in then is introduced. */
const POLICY_AFTER = /^(?:\s+[\w'’-]+){0,5}?\s+(?:law|laws|levy|levies|tax|taxes|tariffs?|duty|duties|rules?|ban|bans|policy|policies|measures?|scheme|system|legislation|fees?|charges?|curfew|restrictions?|limits?|caps?|regulations?|requirements?|reforms?|quotas?)\b/i;

const IDIOMS: [RegExp, string | ((match: string, ...rest: unknown[]) => string)][] = [
  // "and what's the payout for a turkey?", "so who runs it?": a word carrying on the chat asks nothing.
  [/^\s*(?:and|so|also|ok|okay|then|but|alright|right)\s*,?\s+(?=(?:who|whom|whose|what|what's|whats|which|where|when|why|how)\b(?!\s+about\b))/i, ""],
  // "% of americans": a percentage sign typed for the word.
  [/(?<![\d.])%\s*(?=of\b)/gi, "percentage "],
  [/\b(?:lost|lose|losing) (?:their|his|her|its) (?:lives|life)\b/gi, "died"],
  [/\b(?:were|was) left homeless\b/gi, "were displaced"],
  [/\bcame out on top\b|\bemerged victorious\b/gi, "won"],
  [/\b(?:came|come|served) before\b|\bpreceded\b/gi, "was the predecessor of"],
  // "who came before Biden in the White House": the office is said by "predecessor".
  [/\b(predecessor of|successor (?:of|to)) ([\w.'’-]+(?: [\w.'’-]+)?) (?:in|at) (?:the white house|office|power|the job|the post|the role|the top job)\b/gi, "$1 $2"],
  // Verbs said with a particle, as the one word news writing uses: "brushed off" -> "dismissed".
  [/\b(?:brush|brushes|brushed|brushing|shrug|shrugs|shrugged|shrugging) off\b/gi, "dismissed"],
  // "Who came third in the race?": who finished third ("finished a distant third").
  [/\b(?:came|come|comes|coming) (first|second|third|fourth|fifth|last)\b/gi, "finished $1"],
  [/\b(?:turn|turns|turned|turning) down\b/gi, "rejected"],
  // "By what percentage did the program go over budget?": a cost overrun.
  [/\b(?:go|goes|went|gone|going|run|runs|ran|running|come|came|comes|be|is|was|were|are) over budget\b/gi, "overrun its cost"],
  [/\b(?:call|calls|called|calling) off\b/gi, "cancelled"],
  [/\b(?:put|puts|putting) off\b/gi, "postponed"],
  [/\b(?:step|steps|stepped|stepping) down\b/gi, "resigned"],
  // "voted over the internet": online.
  [/\b(?:over|on|via|through) the internet\b/gi, "online"],
  // "approved at first": initially; "still unaccounted for": missing.
  [/\bat first\b/gi, "initially"],
  [/\b(?:remain |are |is |were |was )?(?:still )?unaccounted for\b/gi, "still missing"],
  // "how many are still loose", "on the loose": at large.
  [/\b(?:still )?(?:on the )?loose\b(?= in\b| at\b| on\b|\?|$)/gi, "at large"],
  // "how many fish did they catch back": recover them.
  [/\b(?:catch|catches|catching) back\b/gi, "recover"],
  [/\bcaught back\b/gi, "recovered"],
  // "how many games in a row": news writes "straight" or "consecutive".
  [/\bin a row\b/gi, "straight"],
  // "when will the licences be handed out": issued; "put up for sale again": offered.
  [/\b(?:hand|hands|handed|handing) out\b/gi, "issued"],
  [/\b(?:put|puts|putting) up for (?:sale|auction)\b/gi, "offered"],
  // "haven't made up their minds": undecided.
  [/\b(?:have not|haven't|havent|has not|hasn't|had not|hadn't|are yet to|is yet to|have yet to|not yet) (?:made|make) up (?:their|his|her|its|our|your) minds?(?: yet)?\b/gi, "are undecided"],
  // "the woman who set up the group": founded it.
  [/\b(?:set|sets|setting) up (?=(?:the|a|an|this|that) (?:[a-z-]+ )?(?:group|company|firm|charity|campaign|organi[sz]ation|foundation|business|movement|party|network|association|union|fund|trust|club)\b)/gi, "founded "],
  // "who is in charge for the time being": on an interim basis.
  [/\s*\b(?:for the time being|for now|temporarily)\b/gi, " interim"],
  // "the one-time bonus": news writes "a one-off payment".
  [/\bone[- ]time\b(?=\s+(?:bonus|payment|payout|grant|fee|charge|levy))/gi, "one-off"],
  // "What river did the sewage end up in?", "where did the debris end up": "end up" says only where it went
  // ("how much did they end up paying" keeps it: what it finally came to).
  // ("Why did the chain end up in bankruptcy?" asks how it came to that: it keeps it.)
  [/\s*\b(?:end|ends|ended|ending) up\b(?=\s+(?:in|into|on|at)\b|\s*[?.!]*\s*$)/gi, (m: string, ...rest: unknown[]) => (/^\s*(?:why|how)\b/i.test(String(rest[rest.length - 1])) ? m : "")],
  // "how much per share": news writes "A$4.10 a share".
  [/\bper (?=(?:share|day|week|month|year|hour|head|person|tonne|ton|barrel|litre|liter|kilogram|kilo|pound|ounce|unit)\b)/gi, "a "],
  // "Who is in charge of the teams?": who leads them.
  [/\b(?:is|was|are|were|be|been|being) in charge of\b/gi, "leads"],
  // "sitting down with the Chinese side": meeting them.
  [/\b(?:sit|sits|sat|sitting) down (?=with\b)/gi, "meeting "],
  // "take over as boss": take charge (not "take over a company", a takeover).
  [/\b(take|takes|took|taken|taking) over as\b/gi, "$1 charge as"],
  [/\b(?:hold|holds|held|holding) off\b/gi, "waited"],
  // "how much did they hold back": withhold.
  [/\b(hold|holds|held|holding) back\b/gi, (m: string) => `with${m.split(" ")[0].toLowerCase()}`],
  [/\b(?:bring|brings|brought|bringing) up\b/gi, "raise"],
  // "Who is representing Verhaegen legally?": his lawyer.
  [/\bwho(?:'s| is| was) (?:representing|defending) (\w+(?: \w+)?) (?:legally|in court)\b/gi, "who is $1's lawyer"],
  [/\b(?:sign|signs|signed|signing) off on\b/gi, "approved"],
  [/\b(?:look|looks|looked|looking) into\b/gi, "investigate"],
  // "What is the group demanding? name one thing": an instruction after the question asks nothing more.
  [/[?.!,;:-]\s*(?:(?:just |please )?(?:name|give|list|mention|tell me)(?: me)? (?:one|two|three|any|a few|some|an?)(?: (?:thing|things|example|examples|of them|item|items|reason|reasons))?|(?:just )?one (?:is|will do) (?:fine|enough|ok))\s*[?.!]*\s*$/gi, "?"],
  // "how full is it right now": what the articles say is the latest they know.
  [/\s*\b(?:right now|at the moment|as we speak)\b/gi, ""],
  // "the hydrologist quoted in the story": the story is where everything is quoted.
  [/\s*\b(?:who is |who was |that is |that was )?(?:quoted|mentioned|named|cited|featured|interviewed) (?:in|by) (?:the |this )(?:story|article|piece)\b/gi, ""],
  // "when did the festival kick off": open.
  [/\b(?:kick|kicks|kicked|kicking) off\b/gi, "opened"],
  // "when would construction get under way": begin.
  [/\b(?:get|gets|got|getting|be|is|was|were|are) (?:under ?way)\b/gi, "begin"],
  // "what set off the emergency": what triggered it.
  [/\b(?:set|sets|setting) off\b/gi, "triggered"],
  // "in the first minute and a half": in the first 90 seconds.
  [/\b(?:(?:a|one) )?minute and a half\b/gi, "90 seconds"],
  [/\b(?:(?:an|one) )?hour and a half\b/gi, "90 minutes"],
  [/\b(?:(?:a|one) )?year and a half\b/gi, "18 months"],
  // "keep the men alive": sustain them.
  [/\b(?:keep|keeps|kept|keeping) ((?:\w+ ){0,2}?\w+) alive\b/gi, "sustain $1"],
  // "what have the crews managed to recover": what they recovered.
  [/\b(?:manage|manages|managed|managing) to (?=[a-z])/gi, ""],
  // "managed to get out": escaped.
  [/\b(?:get|gets|got|getting) out\b(?! of (?:the )?(?:deal|contract|agreement|race))/gi, "escaped"],
  // "by wed morning", "on thurs": a weekday cut short.
  [/\b(mon|tues?|wed|thur?s?|fri|sat|sun)\.?(?=\s+(?:morning|afternoon|evening|night)\b)/gi, (d: string) => WEEKDAYS[d.toLowerCase().replace(/\.$/, "").slice(0, 3)]],
  [/(?<=\b(?:on|by|since|until|till|before|after|last|next|from)\s)(mon|tues?|wed|thur?s?|fri)\b\.?/gi, (d: string) => WEEKDAYS[d.toLowerCase().replace(/\.$/, "").slice(0, 3)]],
  // "was found guilty of": convicted of.
  [/\b(?:found|find|finds|finding) (?:\w+ )?guilty\b/gi, "convicted"],
  [/\b(?:carry|carries|carried|carrying) out\b/gi, "conduct"],
  // "when was the impurity picked up in testing": detected (a thing picked up, no object after it).
  [/\b(?:pick|picks|picked|picking) up\b(?=\s*(?:in|by|during|at|on|when|\?|$))/gi, "detected"],
  [/\b(?:wrap|wraps|wrapped|wrapping) up\b/gi, "conclude"],
  [/\b(?:put|puts|putting) forward\b/gi, "proposed"],
  [/\b(?:show|shows|showed|shown|showing) up\b/gi, "arrived"],
  // "the ship went down": sank (a price that goes down falls, and is left alone).
  [/\b((?:ship|ships|vessel|vessels|ferry|ferries|boat|boats)\b.*?)\b(?:go|goes|went|gone|going) down\b/gi, "$1sank"],
  [/\b(?:go|goes|went|gone|going) down\b(?=.*\b(?:ship|vessel|ferry|boat)s?\b)/gi, "sank"],
  // "while a warning was in force": the warning, whatever its standing.
  [/\s+(?:was|were|is|are|being|been)\s+in (?:force|effect|place)\b/gi, ""],
  [/\bmax\b\.?/gi, "maximum"],
  // "What length will the new runway be?": how long it is (a length, not a time).
  [/^what (length|height|width|depth) (?:is|was|are|were|will|would) ((?:the|its|their|a|an) [^?]+?)(?: be)?(\??)$/i, (_m: string, measure: unknown, thing: unknown, mark: unknown) => `how ${MEASURE_ADJECTIVE[String(measure).toLowerCase()]} is ${String(thing)}${String(mark ?? "")}`],
  // "when is the runway supposed to start operating": expected to open.
  [/\b(?:supposed|slated) to (?=(?:start|begin|open|close|come|go|be|take|finish|end)\b)/gi, "expected to "],
  [/\b(?:start|starts|started|starting|begin|begins|began|beginning) (?:operating|operations|operation|service)\b|\b(?:come|comes|came|coming|go|goes|went|going) into (?:operation|service)\b|\b(?:enter|enters|entered|entering) service\b/gi, "open"],
  // "take down unregistered listings": remove them.
  [/\b(?:take|takes|took|taken|taking) down\b/gi, "remove"],
  // "which frontier post": a border crossing, not a job.
  [/\b(?:frontier|border) (?:post|posts|point|points|checkpoint|checkpoints)\b/gi, "border crossing"],
  // "how many homes lost power": were left without it.
  [/\b(?:lose|loses|lost|losing) (power|electricity|water|heating|internet|phone service)\b/gi, "left without $1"],
  // "the old temperature record": the previous one.
  [/\bold ((?:[a-z]+ )?(?:record|rate|price|figure|level|high|low|limit|cap|deadline|target|total|peak|maximum|minimum))\b/gi, "previous $1"],
  // "the ER", "A&E": the emergency department.
  [/\b(?:ER|A&E|A and E)\b/g, "emergency department"],
  // "how many staff is it letting go": cutting them.
  // (Captives "let go" are freed.)
  [/\b(?:let|lets|letting) ((?:[a-z]+ ){0,3}?)go\b(?! of\b)/gi, (_m: string, between: unknown, _at: unknown, all: unknown) => `${WORKFORCE.test(String(all)) ? "cutting" : "freeing"} ${String(between ?? "")}`.trimEnd()],
  // "shut its doors for good": close permanently.
  [/\b(shut|shuts|shutting|close|closes|closed|closing) (?:its|their|the|his|her) doors\b/gi, "$1"],
  [/\bfor good\b/gi, "permanently"],
  // "how much advance warning did she get": notice.
  [/\b(?:advance|advanced|prior) (?:warning|notice)\b|\bheads-up\b/gi, "notice"],
  // "the $30bn goal": 30 billion.
  [/\b(\d+(?:\.\d+)?)\s?(?:bn|bln)\b/gi, "$1 billion"],
  [/\b(\d+(?:\.\d+)?)\s?(?:mn|mln)\b/gi, "$1 million"],
  // "the price tag on the upgrade": its cost.
  [/\bprice tags?\b/gi, "cost"],
  // "in return for joining": what is asked for.
  [/\bin (?:return|exchange) for\b/gi, "for"],
  [/\s*\bin (?:return|exchange)\b(?= *[?.!]*$)/gi, ""],
  // "When will the detailed figures come out?": be published (not "come out against").
  [/\b(?:come|comes|came|coming) out(?= *[?.!]*$)/gi, "be published"],
  // "since the 90s": the 1990s (not "in their 30s", an age).
  [/\bthe ['’]?([3-9]0)['’]?s\b/gi, "the 19$1s"],
  // "How much money is she putting in?": contributing.
  [/\b(?:put|puts|putting) in\b(?= *[?.!]*$)/gi, (m: string, ...rest: unknown[]) => (/\bhow much\b/i.test(String(rest[rest.length - 1])) ? "contributing" : m)],
  // "How much could it push up costs?": raise them.
  [/\b(?:push|pushes|pushed|pushing|drive|drives|drove|driving) up\b/gi, "raise"],
  // "How much are fares going up?": rising; "going down": falling.
  [/\b(?:go|goes|going|gone|went) up\b/gi, (m: string) => ({ go: "rise", goes: "rises", going: "rising", gone: "risen", went: "rose" })[m.split(" ")[0].toLowerCase()] ?? "rise"],
  [/\b(?:go|goes|going|gone|went) down\b/gi, (m: string) => ({ go: "fall", goes: "falls", going: "falling", gone: "fallen", went: "fell" })[m.split(" ")[0].toLowerCase()] ?? "fall"],
  // "operations pushed back": postponed; "the firm they brought in": hired.
  [/\b(?:push|pushes|pushed|pushing) back\b/gi, "postponed"],
  // (Not money brought in: "how much cash is the levy to bring in".)
  // ("When did Britain bring in its levy?": a law or a tax brought in is introduced.)
  // ("How much will the tax bring in?": what it raises, or what it brings in.)
  [/\b(?:bring|brings|brought|bringing) in\b(?! (?:revenue|money|cash|sales|profits?|income|funds|\$|£|€))/gi, (m: string, ...rest: unknown[]) => (/\b(?:cash|money|revenue|income|funds?|euros?|dollars?|pounds?)\b/i.test(String(rest[rest.length - 1])) ? m : /\bhow m[a-z]{2,4}\b/i.test(String(rest[rest.length - 1])) ? "raise" : POLICY_AFTER.test(String(rest[rest.length - 1]).slice(Number(rest[rest.length - 2]) + m.length)) ? "introduced" : "hired")],
  // "how much every year": news writes "a year".
  [/\b(?:every|each) (?=(?:year|month|week|day)\b)/gi, "a "],
  // "which group is believed to be behind the attack": the one responsible for it.
  [/\b(?:is|are|was|were)\s+(?:(?:believed|thought|said|suspected|understood|alleged)\s+to\s+be\s+)?behind\b/gi, "responsible for"],
  // "which police force": the police.
  [/\bpolice forces?\b/gi, "police"],
  // "the bank tie-up": the merger.
  [/\btie-ups?\b/gi, "merger"],
  // "price tag": the price.
  [/\bprice tags?\b/gi, "price"],
  // Shortened words: "Masaryk Univ.", "the govt".
  [/\buniv\b\.?/gi, "University"],
  [/\bgovt\b\.?/gi, "government"],
  [/\btech\b/gi, "technology"],
  // "did she make any comments": did she comment.
  [/\b(?:make|makes|made|making) (?:any |a |some |public |further )?(?:comments?|remarks?|statements?)\b/gi, "comment"],
  // "when does the fee kick in": take effect.
  [/\b(?:kick|kicks|kicked|kicking) in\b/gi, "take effect"],
  // "how did the PM describe it": the prime minister (not "3 pm", a time).
  [/\b(the|a|former|deputy|acting|new|its|their)\s+PM\b(?!\.)/gi, "$1 prime minister"],
  [/\bPM['’]s\b/g, "prime minister's"],
  // "How many people does the federation speak for?": whom it represents (at the end, what is spoken for is asked).
  [/\b(?:speak|speaks|spoke|speaking) for(?=\s*\??\s*$)/gi, "represent"],
  // "How much of the fare will passengers get back?": what is refunded.
  [/\b(?:get|gets|getting|got)\s+back\b(?=.*$)/gi, (m: string, ...rest: unknown[]) => (/\b(?:fares?|money|deposits?|fees?|tickets?|payments?|costs?)\b/i.test(String(rest[rest.length - 1])) ? "be refunded" : m)],
  // "What catch did Halvaria put forward?": proposed.
  [/\b(?:put|puts|putting) forward\b/gi, "proposed"],
  [/\b(?:put|puts|putting) (?:it|them|this|that) forward\b/gi, "proposed it"],
  // "how many nations signed up to the principles": endorsed them.
  [/\b(?:sign|signs|signed|signing) up (?:to|for)\b/gi, "endorsed"],
  // "who finished runner-up": who came second.
  [/\b(?:finished |ended |was |were )?(?:the )?runners?[- ]up\b/gi, "came second"],
  // "tea co-ops": cooperatives.
  [/\bco-ops?\b/gi, "cooperatives"],
  // "set on purpose": deliberately.
  [/\bon purpose\b/gi, "deliberately"],
  // "the union guy": the union's person.
  [/\b(?:guy|guys|gal|chap|bloke|dude)\b/gi, "person"],
  // "asking Madrid to declare ...": calling on it to.
  [/\b(?:ask|asks|asked|asking|urge|urges|urged|urging) ((?:the )?[a-z]+(?: [a-z]+)?) to\b/gi, "calling on $1 to"],
  // "per cui, the delegation came to do what": according to Cui.
  [/^per\s+(?=[\w.'’ -]{2,40},)/i, "according to "],
  // "how many people live in Meridia": news writes its population ("a population of 11 million", "a city of 90,000 people").
  [/\bhow many (?:people|residents|inhabitants) (?:live|lives|living|reside|resides) (in|on)\b/gi, "what is the population of"],
  // "how many crew on board": on board says only where they were, which a count of them need not repeat.
  [/\s+(?:on board|aboard)\b(?!\s+(?:the|a|an|its)\b)/gi, (m: string, ...rest: unknown[]) => (/^how many\b/i.test(String(rest[rest.length - 1])) ? "" : m)],
  // "which port had the vessel set out from": departed.
  [/\b(?:set|sets|setting) (?:out|off|sail) from\b/gi, "departed from"],
  // "when did the talks fall apart": collapse.
  [/\b(?:fall|falls|fell|fallen|falling) apart\b/gi, "collapsed"],
  // "wipe out jobs": eliminate them.
  [/\b(?:wipe|wipes|wiped|wiping) out\b/gi, "eliminate"],
  [/\bdept\b\.?/gi, "department"],
  [/\bintl\b\.?/gi, "international"],
  [/\b(?:shore|shores|shored|shoring) up\b/gi, "strengthen"],
  // "strengthen its hand": its position.
  [/\b(strengthen\w*|bolster\w*|boost\w*|shore\w* up) (its|their|his|her|the|our|america['’]s|the us|the u\.s\.) hand\b/gi, "$1 $2 position"],
  // "put a compromise on the table": proposed it; "what is on the table": what is proposed.
  [/\b(?:put|puts|putting|placed|place) ((?:\w+ ){0,4}?)on the table\b/gi, "proposed $1"],
  [/\b(?:is|are|was|were) on the table\b/gi, "are proposed"],
  // "in one go", "in a single pass": each time, which the articles need not say.
  [/\s*\bin (?:one|a single) (?:go|pass|run|trip|sortie|sitting)\b/gi, ""],
  // "what was the weather like": what the weather was.
  [/\b(weather|climate) (?:be )?like\b/gi, "$1"],
  // "let the public know", "made public": disclosed.
  [/\b(?:let|lets|letting) the public know\b|\b(?:make|makes|made|making|go|goes|went|gone|going) public\b/gi, "disclosed"],
  // "issued the fine": fined.
  [/\b(?:issue|issues|issued|issuing|impose|imposes|imposed|imposing|hand|hands|handed|handing) (?:out |down )?(?:the |a |an |this |its )?(?:fine|penalty)\b/gi, "fined"],
  // "under-18s": people under 18; "under-16 accounts": accounts under 16.
  [/\bunder-(\d+)s\b/gi, "people under $1"],
  [/\bunder-(\d+)\b/gi, "under $1"],
  // "Trump-era strain": the era of a name is the name's.
  [/\b([A-Za-z]+)-era\b/g, "$1"],
  [/\b(?:the )?([A-Z][\w’'-]+) era\b/g, "$1"],
  // "asking for a study", "calling for a moratorium": what someone wants.
  [/\b(?:ask|asks|asked|asking|call|calls|called|calling) for\b/gi, "want"],
  // "setting up the meeting": arranging it; "set up a fund" is left alone.
  [/\b(?:set|sets|setting) up (?=(?:the |a |an |this |that |these |its |their )?(?:[a-z]+['’]s )?(?:meetings?|talks|summit|call|visit|session|round|hearing|interview)\b)/gi, "arranging "],
  // "who set up the network": founded it (after "setting up the meeting", above).
  [/\b(?:set|sets|setting) up\b/gi, "founded"],
  // "when will trains start running again": resume.
  [/\b(?:start|starts|started|starting|begin|begins|began|get|gets|got|getting) (?:(?:running|operating|working|flowing|moving|flying|sailing|going) )?again\b/gi, "resume"],
  // "children travelling without their parents": unaccompanied minors.
  [/\b(?:children|minors|kids|youngsters) (?:(?:who are |who were )?(?:travelling|traveling) )?(?:without|with no) (?:their )?(?:parents|families|adults?)\b/gi, "unaccompanied minors"],
  // "why did the governor fall out with the ministry": clash with it.
  [/\b(?:fall|falls|fell|fallen|falling) out with\b/gi, "clashed with"],
  // "why did he reportedly quit": what the articles report needs no word for reporting.
  [/\s*\b(?:reportedly|allegedly|supposedly|apparently)\b/gi, ""],
  // "how many councillors voted in favour of the ban": voted for it.
  [/\b(vote|votes|voted|voting) in favou?r(?: of)?\b/gi, "$1 for"],
  // "Is the union for or against the cuts?": does it support them (answered "For" or "Against").
  [/\b(is|are|was|were) (.+?) for or against\b/gi, "$1 $2 supporting"],
  // "Is Harwood in favour of new restrictions?": does she support them.
  [/\b(?:is|are|was|were|be) (?:\w+ )?in favou?r of\b/gi, (m: string) => m.replace(/in favou?r of$/i, "supporting")],
  // "what does Osei do for a living": his job.
  [/^what (?:does|did|do) (.+?) do for (?:a )?(?:living|work)\b/i, "what is $1's job"],
  // "who is representing Mutai in court": his lawyer.
  [/^(who|which \w+) (?:is |was |will be )?(?:represents?|representing|represented) ([A-Z]?[\w'’-]+(?: [A-Z][\w'’-]+)?) (?:in|at|before) (?:the )?(?:court|trial|case|hearing|lawsuit|appeal|tribunal|inquiry)\b/i, "$1 is $2's lawyer"],
  // "Taiwan-related concerns": concerns about Taiwan.
  [/\b([A-Za-z]+)-related\b/g, "$1"],
  // "when its core interests are at stake": involved.
  [/\b(?:is|are|was|were|be) at stake\b/gi, "are involved"],
  // "rather than just one of them": the question is why both.
  [/\s*,?\s*\b(?:rather than|instead of) (?:just |only )?(?:one|either)(?: of them)?\b/gi, ""],
  // "follow-up meetings", "any more talks": later ones.
  [/\b(?:follow[- ]?up|more|further|additional) (?=meetings?|talks|sessions?|rounds?|visits?|discussions?|negotiations?|summits?)/gi, "future "],
  // "change Beijing's mind": persuade Beijing.
  [/\b(?:change|changes|changed|changing) (\w+)(?:['’]s?)? minds?\b/gi, "persuade $1"],
  // "by 1pm", "at 10am": a clock time as the articles write it ("1 p.m.").
  [/\b(\d{1,2}(?::\d\d)?)\s*(a|p)\.?m\b\.?/gi, (_m, time, half) => `${time} ${String(half).toLowerCase()}.m.`],
  // "earmarked to cover", "keep watch over": set aside, monitor.
  [/\bearmark(?:s|ed|ing)?\b/gi, "set aside"],
  // "how long did it take firefighters to contain the fire": how long the firefighters took ("contained 23 days later").
  [/\bhow long (did|does|do|will|would|could|might) it take (?:([a-z]+) )?to\b/gi, (m: string, aux, who) => `${m.slice(0, 8)} ${String(aux)}${who ? ` ${String(who)}` : ""}`],
  // "how many staff downed tools": walked out.
  [/\b(?:down|downs|downed|downing) tools\b/gi, "walked out"],
  // "why are the controllers walking off the job": striking.
  [/\b(?:walk|walks|walked|walking) off the job\b/gi, (m: string) => ({ walk: "strike", walks: "strike", walked: "struck", walking: "striking" })[m.split(" ")[0].toLowerCase()] ?? "strike"],
  // "how much has it put aside": set aside.
  [/\b(?:put|puts|putting) aside\b/gi, "set aside"],
  // "which group claimed responsibility for the attack": "the attack has been claimed by ...".
  [/\b(claim|claims|claimed|claiming) responsibility for\b/gi, "$1"],
  [/\b(?:keep|keeps|kept|keeping) (?:a )?(?:proper |close |careful )?(?:watch|an eye|tabs) (?:over|on)\b/gi, "monitor"],
  // "vestmark's share price climbed": its shares rose.
  [/\b(share|stock) price\b/gi, (_m, what) => (String(what).toLowerCase() === "share" ? "shares" : "stock")],
  // "who dismissed the quota as merely a gesture": who called it one.
  [/\b(?:dismiss|dismisses|dismissed|dismissing|derided|derides|deride|described|describes|describe) (the [\w\s'’-]{1,40}?) as (?:merely |just |only |mere |simply |nothing more than )?(?=(?:a|an|the)\b)/gi, "called $1 "],
  // "up 38 percent compared with the year before": from the year before.
  [/\bcompared (?:with|to) (?=the (?:year|month|week|quarter|day) before\b|a (?:year|month|week|quarter) earlier\b|last (?:year|month|week|quarter)\b|the previous (?:year|month|week|quarter)\b)/gi, "from "],
  // "who was Zambia's coach before Mwale": his predecessor.
  [/^who (?:was|were) (?:the |[\w'’]+ )?(?:coach|manager|president|chairman|chief executive|ceo|minister|governor|mayor|leader|head|director|captain) before (\w+(?: \w+)?)\??$/i, "who was the predecessor of $1"],
  // "how many times did he play for the national team": his caps.
  [/\bhow many times did (\w+(?: \w+)?) play for (?:the national team|his country|her country|the national side|[A-Z]\w+)\b/gi, "how many caps did $1 win"],
  // "what raise are the crews after": what they are seeking.
  [/^(what|which|how much) ((?:\w+ ){0,3}?)(is|are) ((?:[\w'’]+ ){1,4}?)after\??$/i, "$1 $2$3 $4seeking"],
  // "rebook without paying extra": free of charge.
  [/\bwithout (?:paying|having to pay|charge|a fee)(?: (?:extra|more|anything|any more))?\b/gi, "free of charge"],
  // "industrial action": a strike.
  [/\bindustrial action\b/gi, "strike"],
  // "turned out in front of the courthouse": outside it.
  [/\bin front of\b/gi, "outside"],
  // "over the last fortnight": two weeks.
  [/\bfortnight\b/gi, "two weeks"],
  // "what time did the building come down": collapse; "what year was it put up": built.
  [/\b(?:come|comes|came|coming) (?:down|crashing down)\b/gi, "collapsed"],
  // ("was the building put up": the subject may stand between; not "put up with", "put up for sale".)
  [/\b(was|were|is|are|been)((?:\s+[\w’'-]+){0,4}?)\s+put up\b(?!\s+(?:with|for)\b)/gi, "$1$2 built"],
  // "ballots counted again": recounted.
  [/\b(count|counts|counted|counting) (?:again|once more|a second time)\b/gi, (_m, verb) => `re${String(verb).toLowerCase()}`],
  // "how many turned up to the protest": attended it.
  [/\b(?:turn|turns|turned|turning|show|shows|showed|showing) (?:up|out) (?:to|at|for)\b/gi, "attended"],
  // "how much did it pay out": paid.
  [/\b(pay|pays|paid|paying) out\b/gi, "$1"],
  // "a first-time offender": a first offence.
  [/\bfirst[- ]time offen(?:ders?|ces?|ses?)\b/gi, "first offence"],
  // "how far ahead do they have to register": how long before.
  [/\bhow (?:far|long) (?:ahead|in advance)\b/gi, "how long before"],
  // "hk": Hong Kong in chat.
  [/\bhk\b/gi, "Hong Kong"],
  // Titles said by their initials: "the ceo", "whos the cfo".
  [/\bceos?\b/gi, "chief executive"],
  [/\bcfos?\b/gi, "chief financial officer"],
  [/\bcoos?\b/gi, "chief operating officer"],
  [/\bctos?\b/gi, "chief technology officer"],
  // "right before", "just after": a word that only sharpens the time.
  [/\b(?:right|just|shortly|immediately) (?=before\b|after\b)/gi, ""],
  // Chat filler that asks nothing: "list them pls", "can you tell me".
  [/\b(?:list them|name them|pls|plz|please|thanks|thx|can you tell me|could you tell me|do you know|so far|to date|until now)\b[,.!]?/gi, " "],
];
/**
 * The words one of which a match of an idiom must start with, read off its pattern when the pattern
 * is plain: "\\bat first", "\\b(?:brush|brushes|...) off", "\\s*\\b(?:right now|at the moment)",
 * "\\bceos?\\b". Undefined for any other shape, which is then tried as a pattern.
 */
export function firstWords(re: RegExp): string[] | undefined {
  if (!re.flags.includes("i") || topLevelChoice(re.source)) return undefined;
  const alt = "[a-z]+(?: [a-z]+)*(?:s\\?)?";
  const shape = new RegExp(`^(?:\\\\s\\+(?:\\\\b)?|(?:\\\\s\\*(?:,\\?\\\\s\\*)?)?\\\\b)(?:\\((?:\\?:)?(${alt}(?:\\|${alt})*)\\)|(${alt}))(?: |\\\\b|\\\\s)`);
  const m = shape.exec(re.source);
  if (!m) return undefined;
  return (m[1] ?? m[2]).split("|").flatMap((a) => {
    const first = a.split(" ")[0];
    // "ceos?": the word with and without its "s"; in "lost their lives" the first word is whole.
    return a.includes(" ") ? [first.replace(/s\?$/, "")] : a.endsWith("s?") ? [a.slice(0, -2), `${a.slice(0, -2)}s`] : [a];
  });
}

/** Whether a pattern is a choice at its top level ("a|b"): then its first words are not only those of the first branch. */
function topLevelChoice(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
}

/** The idioms' patterns, for tests. */
export const IDIOM_PATTERNS: readonly RegExp[] = IDIOMS.map(([re]) => re);

/** Idioms by the words they start with (as patterns that test once); the rest, in one pattern that ignores case. */
const BY_START = new Map<string, RegExp[]>();
for (const re of IDIOM_PATTERNS) {
  const once = new RegExp(re.source, re.flags.replace("g", ""));
  for (const w of firstWords(re) ?? []) BY_START.set(w, [...(BY_START.get(w) ?? []), once]);
}
const OTHER_IDIOM = new RegExp(IDIOM_PATTERNS.filter((re) => !firstWords(re)).map((re) => `(?:${re.source})`).join("|"), "i");

/**
 * Whether any idiom matches, without trying ninety patterns at every letter: only the idioms that
 * start with a word of the text, and the few of other shapes. Most questions hold none. (A text no
 * idiom matches is left as it is, so no replacement can make a later idiom match.)
 */
export function mayHoldIdiom(text: string): boolean {
  for (const w of new Set(text.toLowerCase().split(/[^a-z]+/))) for (const re of BY_START.get(w) ?? []) if (re.test(text)) return true;
  return OTHER_IDIOM.test(text);
}

/** The question with its set phrases put as the articles say them. */
export function idioms(text: string): string {
  let out = text;
  if (mayHoldIdiom(out)) for (const [re, plain] of IDIOMS) out = typeof plain === "string" ? out.replace(re, plain) : out.replace(re, plain);
  // "When did they get to Alaska?", "came to Anchorage": to get or come to a place is to arrive there.
  out = out.replace(GET_TO, (all, verb: string, place: string) => (isKnownPlace(place) || countryOf(place) || /^[A-Z]/.test(place) ? `${ARRIVE[verb.toLowerCase()]} in ${place}` : all));
  // "in US dollars", "Japanese yen": the country names the currency, not a place the question is about.
  return out.replace(CURRENCY_OF_COUNTRY, (all, country: string, currency: string) => (countryOf(country.replace(/\.$/, "")) || isDemonym(country) ? currency : all));
}

const GET_TO = /\b(get|gets|got|getting|come|comes|came|coming) to (?:the )?([A-Za-z][\w.]*)/gi;
const ARRIVE: Record<string, string> = { get: "arrive", gets: "arrives", got: "arrived", getting: "arriving", come: "arrive", comes: "arrives", came: "arrived", coming: "arriving" };
const CURRENCY_OF_COUNTRY = /\b([A-Za-z][\w.]*)\s+(dollars?|pounds?|euros?|yen|yuan|pesos?|rupees?|francs?|kronor|crowns?)\b/g;
