/**
 * Question-answering accuracy over the team's own question sets: the first article (test/qa/seed.jsonl)
 * and the articles we wrote (test/fixtures/kb-<name>/questions.jsonl). Scored with the shared scorer's
 * rules (bench/score.ts). The thresholds are floors under today's results, raised as misses are fixed;
 * a drop below them is a regression.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { parseCases, scoreSet } from "../../bench/score.ts";
import { BUNDLED, FIXTURES, ROOT, kb } from "../support/kb.ts";

/** Fixture sets (test/fixtures/kb-NAME) with their floors: [name, least direct share, least decline share]. */
function withFloors(list: readonly (readonly [string, number, number])[]) {
  return list.map(([name, minDirect, minDecline]) => ({ name, file: join(ROOT, "test/fixtures", name, "questions.jsonl"), dir: join(ROOT, "test/fixtures", name), minDirect, minDecline }));
}

const SETS = [
  { name: "first article", file: join(ROOT, "test/qa/seed.jsonl"), dir: BUNDLED, minDirect: 0.82, minDecline: 0.95 },
  { name: "first article, more", file: join(ROOT, "test/qa/seed-more.jsonl"), dir: BUNDLED, minDirect: 0.85, minDecline: 0.95 },
  // Two sets about the first article written by helpers who saw only the article (not the code or our
  // sets). First scores: 25/50 and 13/20; 21/45 and 13/15 (the second was scored once midway, unseen).
  { name: "first article, held out", file: join(ROOT, "test/qa/seed-heldout.jsonl"), dir: BUNDLED, minDirect: 0.76, minDecline: 0.75 },
  { name: "first article, held out 2", file: join(ROOT, "test/qa/seed-heldout2.jsonl"), dir: BUNDLED, minDirect: 0.62, minDecline: 0.85 },
  // A third, scored unseen at 29/40 and 9/12 (27/40 on the code at the start of that session).
  { name: "first article, held out 3", file: join(ROOT, "test/qa/seed-heldout3.jsonl"), dir: BUNDLED, minDirect: 0.85, minDecline: 0.85 },
  // And a fourth, kept unseen to the end of that session as its final measure: 27/40 and 9/12 (22/40 and 8/12 on the code at its start).
  { name: "first article, held out 4", file: join(ROOT, "test/qa/seed-heldout4.jsonl"), dir: BUNDLED, minDirect: 0.72, minDecline: 0.7 },
  // A fifth, written blind in the session after: 27/40 and 11/12 on first sight.
  { name: "first article, held out 5", file: join(ROOT, "test/qa/seed-heldout5.jsonl"), dir: BUNDLED, minDirect: 0.8, minDecline: 0.9 },
  // A sixth, kept unseen to the end of that session as its final measure: 23/40 and 11/12 (21/40 and 10/12 on the code at its start).
  { name: "first article, held out 6", file: join(ROOT, "test/qa/seed-heldout6.jsonl"), dir: BUNDLED, minDirect: 0.7, minDecline: 0.8 },
  // Two more written blind in the session after: 32/40 and 9/12 (the seventh), 23/40 and 11/12 (the ninth) on first sight.
  { name: "first article, held out 7", file: join(ROOT, "test/qa/seed-heldout7.jsonl"), dir: BUNDLED, minDirect: 0.8, minDecline: 0.8 },
  { name: "first article, held out 9", file: join(ROOT, "test/qa/seed-heldout9.jsonl"), dir: BUNDLED, minDirect: 0.72, minDecline: 0.85 },
  // An eighth, kept unseen to the end of that session as its final measure: 30/40 and 10/12 (28/40 and 10/12 on the code at its start).
  { name: "first article, held out 8", file: join(ROOT, "test/qa/seed-heldout8.jsonl"), dir: BUNDLED, minDirect: 0.72, minDecline: 0.8 },
  // Three more the session after, blind: the tenth scored 31/40 and 10/12 on first sight, the twelfth 24/40 and 9/12
  // (written midway, 24/40 on the session's starting code); the eleventh was kept unseen to the end as the final
  // measure: 24/40 and 11/12, the same as on the code at the session's start.
  { name: "first article, held out 10", file: join(ROOT, "test/qa/seed-heldout10.jsonl"), dir: BUNDLED, minDirect: 0.8, minDecline: 0.85 },
  { name: "first article, held out 11", file: join(ROOT, "test/qa/seed-heldout11.jsonl"), dir: BUNDLED, minDirect: 0.55, minDecline: 0.85 },
  { name: "first article, held out 12", file: join(ROOT, "test/qa/seed-heldout12.jsonl"), dir: BUNDLED, minDirect: 0.6, minDecline: 0.7 },
  // Three more the session after, blind: the thirteenth scored 26/40 and 11/12 on first sight, the fifteenth 30/40 and
  // 11/12 (written midway, scored on the session's starting code); the fourteenth was kept unseen to the end as the
  // final measure: 30/40 and 9/12 (29/40 and 9/12 on the code at the session's start).
  { name: "first article, held out 13", file: join(ROOT, "test/qa/seed-heldout13.jsonl"), dir: BUNDLED, minDirect: 0.85, minDecline: 0.85 },
  { name: "first article, held out 14", file: join(ROOT, "test/qa/seed-heldout14.jsonl"), dir: BUNDLED, minDirect: 0.7, minDecline: 0.7 },
  { name: "first article, held out 15", file: join(ROOT, "test/qa/seed-heldout15.jsonl"), dir: BUNDLED, minDirect: 0.82, minDecline: 0.85 },
  // Three more the session after, blind: the sixteenth scored 32/40 and 10/12 on first sight, the eighteenth 30/40 and
  // 11/12 (written midway, scored on the session's starting code); the seventeenth was kept unseen to the end as the
  // final measure: 33/40 and 11/12 (32/40 and 11/12 on the code at the session's start).
  { name: "first article, held out 16", file: join(ROOT, "test/qa/seed-heldout16.jsonl"), dir: BUNDLED, minDirect: 0.88, minDecline: 0.95 },
  { name: "first article, held out 17", file: join(ROOT, "test/qa/seed-heldout17.jsonl"), dir: BUNDLED, minDirect: 0.8, minDecline: 0.85 },
  { name: "first article, held out 18", file: join(ROOT, "test/qa/seed-heldout18.jsonl"), dir: BUNDLED, minDirect: 0.85, minDecline: 0.85 },
  // Two more the session after, blind, scored on the session's starting code: the nineteenth 30/40 and 11/12, the
  // twentieth 34/40 and 7/12.
  { name: "first article, held out 19", file: join(ROOT, "test/qa/seed-heldout19.jsonl"), dir: BUNDLED, minDirect: 0.8, minDecline: 0.9 },
  { name: "first article, held out 20", file: join(ROOT, "test/qa/seed-heldout20.jsonl"), dir: BUNDLED, minDirect: 0.95, minDecline: 0.9 },
  // The twenty-first was kept unseen to the end of that session as its final measure: 37/40 and 12/12 (37/40 and 9/12
  // on the code at the session's start).
  { name: "first article, held out 21", file: join(ROOT, "test/qa/seed-heldout21.jsonl"), dir: BUNDLED, minDirect: 0.9, minDecline: 0.95 },
  // The twenty-fourth was written after that session's final measure and scored once: 36/40 and 12/12 (the same on the
  // code at the session's start).
  { name: "first article, held out 24", file: join(ROOT, "test/qa/seed-heldout24.jsonl"), dir: BUNDLED, minDirect: 0.88, minDecline: 0.95 },
  // The twenty-fifth was written blind in the session after and scored on that session's starting code: 34/40 and 12/12.
  { name: "first article, held out 25", file: join(ROOT, "test/qa/seed-heldout25.jsonl"), dir: BUNDLED, minDirect: 0.85, minDecline: 0.9 },
  // Written midway through that session, scored on its starting code: the twenty-second 34/40 and 11/12, the
  // twenty-third 35/40 and 12/12.
  { name: "first article, held out 22", file: join(ROOT, "test/qa/seed-heldout22.jsonl"), dir: BUNDLED, minDirect: 0.9, minDecline: 0.9 },
  { name: "first article, held out 23", file: join(ROOT, "test/qa/seed-heldout23.jsonl"), dir: BUNDLED, minDirect: 0.9, minDecline: 0.95 },
  ...FIXTURES.map((f) => ({ name: f.name, file: join(f.dir, "questions.jsonl"), dir: f.dir, minDirect: 0.7, minDecline: 0.8 })),
  // Written after the engine, by someone who had not seen it: the fairest measure of what held-out articles will see.
  ...["kb-court", "kb-climate"].map((name) => ({ name, file: join(ROOT, "test/fixtures", name, "questions.jsonl"), dir: join(ROOT, "test/fixtures", name), minDirect: 0.6, minDecline: 0.7 })),
  // Written blind as well, later (a football club sale, a mining permit challenge): the hardest sets we have.
  ...["kb-clubsale", "kb-lithium"].map((name) => ({ name, file: join(ROOT, "test/fixtures", name, "questions.jsonl"), dir: join(ROOT, "test/fixtures", name), minDirect: 0.5, minDecline: 0.8 })),
  // And two more, scored before any change was made for them (a wildfire, a nurses' strike vote).
  ...["kb-harlow-fire", "kb-nurses-strike"].map((name) => ({ name, file: join(ROOT, "test/fixtures", name, "questions.jsonl"), dir: join(ROOT, "test/fixtures", name), minDirect: 0.45, minDecline: 0.6 })),
  // Eight more written blind in a later session, by helpers who saw neither the code nor the bot
  // (first scores before any fix: talks 17/32, breach 9/32, election 13/32, quake 7/28, rates 6/28,
  // summit 12/30, council 11/26, transfer 8/26). The floors sit under today's scores.
  // Four more, blind the same way, in the session after (first scores: outbreak 13/30 and 1/8 declines,
  // ceasefire 12/30 and 5/8, hearing 15/30 and 6/8, merger 15/30 and 6/8).
  // A fifth (a power line in Chile) was kept unseen to the end of that session: 11/28 and 4/8, the same as on the code at its start.
  // Four more the session after, blind: a medicines regulator's decision (17/30 and 7/8 on first sight),
  // a company's results and job cuts (13/30, 7/8), a school phone ban (13/30, 7/8), and a bridge
  // collapse kept unseen to the end as the final measure (19/30 and 6/8; 18/30 and 6/8 on the code at the session's start).
  // Two more the session after that, blind: a competition tribunal's ruling (10/30 and 4/8 on first sight)
  // and a city bus strike (21/30 and 5/8); and a coal summit kept unseen as the final measure (11/30 and 8/8; 10/30 and 8/8 at the session's start).
  ...withFloors([["kb-outbreak", 0.55, 0.45], ["kb-ceasefire", 0.5, 0.95], ["kb-hearing", 0.5, 0.7], ["kb-merger", 0.5, 0.7], ["kb-project", 0.38, 0.7], ["kb-drug", 0.85, 0.8], ["kb-earnings", 0.6, 0.8], ["kb-schools", 0.6, 0.8], ["kb-bridge", 0.55, 0.7], ["kb-tribunal", 0.7, 0.7], ["kb-busstrike", 0.75, 0.45], ["kb-coalsummit", 0.45, 0.85]]),
  // Three more the session after: a runway overrun report (13/30 and 5/8 on first sight), a dam dispute written midway
  // (7/30 and 6/8 on the session's starting code), and a museum's looted bronzes kept unseen as the final measure
  // (12/30 and 7/8; 10/30 and 8/8 at the session's start).
  // Four more the session after: an infant formula recall (15/30 and 6/8 on first sight), a data centre vote
  // (14/30 and 7/8), an ivory seizure written midway (10/30 and 6/8 on the session's starting code), and a rocket
  // failure kept unseen as the final measure (12/30 and 6/8; 13/30 and 6/8 at the session's start).
  // Five more the session after: river treaty talks (14/30 and 7/8 on first sight), coalition talks (13/30 and 6/8),
  // a ferry sinking (12/30 and 7/8), a minerals deal written midway (17/30 and 7/8 on the session's starting code),
  // and a canal drought kept unseen as the final measure (11/30 and 6/8, the same as at the session's start).
  // Two more the session after: a children's-data fine (12/30 and 6/8 on first sight) and a vaccine price deal (11/30 and 8/8).
  // And two written midway, scored on the session's starting code: a wildfire (12/30 and 8/8) and a dock strike (15/30 and 6/8);
  // a congestion charge kept unseen as the final measure (13/30 and 5/8, the same as at the session's start); and a
  // by-election written after the final measure and scored once (14/30 and 6/8, the same as at the session's start).
  // Ten more the session after (session 11), blind, each scored on the session's starting code before any fix:
  // a rate cut (12/30 and 5/8), a Roman villa dig (18/30, 6/8), a brake recall (22/30, 6/8), a cup final
  // (12/30, 7/8), an Andes earthquake (15/30, 7/8), a grocers' merger (20/30, 5/8), an Estonian election
  // (11/30, 8/8), a health study (19/30, 6/8), a drug verdict (15/30, 5/8); and a housing plan kept unseen as
  // the final measure (20/30 and 2/8 at the session's start; 21/30 and 2/8 when measured).
  // Seven more the session after (session 12), blind, each scored on the session's starting code before any fix:
  // an air-accident report (17/30 and 8/8), a doping appeal (14/30, 6/8), a mine rescue (15/30, 5/8), a tariff
  // dispute (20/30, 7/8), a prisoner swap (11/30, 7/8), a drought (22/30, 8/8); and an accounting scandal
  // written midway (14/30 and 5/8 on the starting code).
  // Four written later in that session, each scored on the session's starting code: an eruption (20/30 and 6/8),
  // a stadium vote (18/30, 4/8), a blackout (21/30, 7/8) and a collision at sea (14/30, 4/8).
  // And a film festival kept unseen to the end of that session as its final measure: 10/30 and 7/8 on the
  // starting code, 11/30 and 7/8 when measured (18/30 after the fixes made once it had been measured).
  // Four more the session after (session 13), blind, each scored when written (on the session's code of the
  // moment, before any fix for it): a vaccine supplier row (14/30 and 6/8), a dock strike (19/30, 7/8), a
  // wildfire (15/30, 6/8); and a bank merger kept unseen as a measure until midway (21/30 and 4/8 when measured).
  // And three written late in that session, kept unseen as its final measure: a tourist levy (24/30 and 6/8 when
  // measured), a hospital cyberattack (19/30, 7/8) and a tuition protest (16/30, 7/8), the same as on the
  // session's starting code.
  // Three written in session 14 to look for causes, each scored on that session's starting code before any
  // fix: a pension strike (18/30 and 6/8), a flood wall (22/30, 7/8) and a chip plant (20/30, 6/8).
  ...withFloors([["kb-pension", 0.7, 0.95], ["kb-floodwall", 0.8, 0.85], ["kb-chipplant", 0.73, 0.85]]),
  // And three more written later in that session for the same purpose: an air traffic strike (15/30 and 6/8 on
  // the starting code), a lithium concession (17/30, 6/8) and a measles outbreak (18/30, 7/8).
  ...withFloors([["kb-airstrike", 0.55, 0.7], ["kb-lithiumdeal", 0.6, 0.95], ["kb-measles", 0.63, 0.85]]),
  // And three written at that session's start and kept unseen as its final measure: an oil spill (20/30 and
  // 4/8 at the start, the same when measured), a satellite licence (18/30 and 6/8; 18/30 and 7/8 when
  // measured) and a research retraction (19/30 and 7/8, the same when measured).
  ...withFloors([["kb-oilspill", 0.65, 0.85], ["kb-satlicence", 0.6, 0.85], ["kb-retraction", 0.63, 0.85]]),
  // Three written at session 15's start and kept unseen as its final measure: an avalanche (17/30 and 6/8 at
  // the start, the same when measured), a desalination contract (21/30, 8/8; the same) and a football
  // federation's election (18/30, 7/8; 19/30, 7/8 when measured). The desalination set lost a decline in
  // session 28 ("which firm is carrying out the independent engineering review" is now answered with the
  // consortium of a sentence about "the findings of the independent review"), when "engineering" stopped
  // naming a person misread from "Hanbit Engineering said".
  ...withFloors([["kb-avalanche", 0.7, 0.95], ["kb-desal", 0.7, 0.85], ["kb-fedvote", 0.63, 0.85]]),
  // Three written at session 16's start and used to find this session's fixes: hospital ward closures
  // (22/30 and 7/8 on the starting code), a container ship aground (17/30, 8/8) and collapsed water-treaty
  // talks (16/30, 6/8).
  ...withFloors([["kb-wards", 0.93, 0.95], ["kb-grounding", 0.73, 0.95], ["kb-watertalks", 0.86, 0.7]]),
  // Three written early in session 16 and kept unseen as its first final measure: a teachers' strike (22/30
  // and 6/8 on the starting code; 22/30 when measured), a tailings dam failure (22/30, 6/8; the same) and
  // a steel-quota dispute (22/30, 5/8; 23/30). Fixes made from them afterwards: 23, 25 and 24 of 30.
  ...withFloors([["kb-teachers", 0.76, 0.85], ["kb-tailings", 0.83, 0.7], ["kb-steelquota", 0.8, 0.7]]),
  // And three written mid-session and kept unseen as its second final measure: a rail strike (14/30 and
  // 5/8 on the starting code, 14/30 when measured), a malaria vaccine trial (22/30, 5/8; the same) and a
  // port stake sale (13/30, 5/8; 15/30). Worked on in session 17: 21/30 and 7/8, 25/30 and 5/8, 20/30 and 6/8.
  ...withFloors([["kb-railstrike", 0.7, 0.85], ["kb-malaria", 0.83, 0.6], ["kb-portstake", 0.66, 0.75]]),
  // Three written at session 17's start and used to find its fixes: a central bank governor quitting
  // (16/30 and 7/8 on the starting code), a leaked exam paper (22/30, 6/8) and a migrant rescue ship
  // refused a port (17/30, 8/8). After: 21/30 and 7/8, 24/30 and 7/8, 25/30 and 8/8.
  ...withFloors([["kb-cbgov", 0.7, 0.85], ["kb-examleak", 0.8, 0.85], ["kb-boatrescue", 0.83, 0.95]]),
  // And three written at the same time and kept unseen as its final measure: a drug recall (15/30 and 6/8
  // on the starting code, 15/30 when measured), a city's holiday-rental ban (19/30, 4/8; the same) and a
  // border crossing closed by a customs dispute (21/30, 7/8; 22/30). Worked on in session 18: 21/30 and
  // 7/8, 23/30 and 5/8, 24/30 and 7/8.
  ...withFloors([["kb-drugrecall", 0.7, 0.85], ["kb-rentals", 0.76, 0.62], ["kb-borderjam", 0.8, 0.85]]),
  // Six written at session 18's start: job cuts at a software company (21/30 and 5/8 on the starting
  // code), a heatwave with rolling blackouts (18/30, 7/8) and freed aid workers (19/30, 6/8), used to find
  // its fixes (after: 26/30 and 5/8, 23/30 and 7/8, 26/30 and 7/8); a minimum-wage recommendation (16/30,
  // 5/8), a glacier threatening a village (17/30, 6/8) and a second runway (17/30, 6/8), kept unseen as
  // its first final measure (50/90 when measured, as at the start), then worked on (20, 19 and 22 of 30).
  ...withFloors([["kb-layoffs", 0.86, 0.62], ["kb-heatwave", 0.76, 0.85], ["kb-hostages", 0.86, 0.85]]),
  ...withFloors([["kb-minwage", 0.66, 0.62], ["kb-glacier", 0.63, 0.75], ["kb-runway", 0.73, 0.75]]),
  // Three written mid-session 18 and kept unseen as its second final measure: an anti-money-laundering
  // fine (16/30, 5/8), a chemical plant fire (20/30, 5/8) and an election recount (18/30, 6/8): the same
  // on the session's starting code and when measured. One fix made from them afterwards (the fine's
  // "head of compliance", 6/8). Worked on in session 19: 20/30 and 6/8, 25/30 and 8/8, 22/30 and 7/8.
  ...withFloors([["kb-amlfine", 0.66, 0.75], ["kb-chemfire", 0.83, 0.95], ["kb-recount", 0.73, 0.85]]),
  // Three written blind early in session 19 and used to find its fixes: a city's car ban (15/30 and 8/8
  // when first asked), a football coach sacked (16/30, 6/8) and a wolf cull (17/30, 7/8). After: 22/30
  // and 8/8, 23/30 and 8/8, 25/30 and 7/8.
  ...withFloors([["kb-carban", 0.73, 0.95], ["kb-coach", 0.76, 0.95], ["kb-wolves", 0.83, 0.85]]),
  // Three written blind at session 19's start and kept unseen as its final measure: a cocaine seizure
  // (20/30 and 7/8 on the starting code), a building collapse (17/30, 7/8) and an insulin shortage
  // (19/30, 6/8); 56/90 at the start, 57/90 when measured. Worked on in session 20: 23/30 and 7/8,
  // 22/30 and 7/8, 24/30 and 6/8.
  ...withFloors([["kb-cocaine", 0.76, 0.85], ["kb-collapse", 0.73, 0.85], ["kb-insulin", 0.8, 0.75]]),
  // Three written blind mid-session 19: a cabin crew strike, a bridge closed for cracks and a textbook
  // withdrawn: 57/90 and 17/24 both on the session's starting code and when first asked, then used to
  // find fixes (21/30 and 6/8, 22/30 and 4/8, 22/30 and 7/8).
  ...withFloors([["kb-cabinstrike", 0.7, 0.75], ["kb-bridgeclose", 0.73, 0.5], ["kb-textbook", 0.73, 0.85]]),
  // Three written blind at session 20's start and kept unseen as its final measure: a satellite launch
  // failure (14/30 and 4/8 on the starting code), a stadium subsidy vote (16/30, 5/8) and a bank's data
  // breach (23/30, 7/8): 53/90 at the start, 55/90 when measured (14/30, 17/30, 24/30; declines the same).
  // Used by session 21 to find fixes: 16/30 and 5/8, 20/30 and 5/8, 25/30 and 8/8.
  // (kb-stadiumvote 0.66 -> 0.63 in session 29: "Humber United" is now the club, no longer a short name of its
  // supporters' trust, and stadium-29's sentence no longer covers enough of its question: 19/29.)
  ...withFloors([["kb-satellite", 0.53, 0.62], ["kb-stadiumvote", 0.63, 0.62], ["kb-bankbreach", 0.83, 1]]),
  // Session 22's blind measures, written by helpers who saw no code, each scored before any fix for it.
  // At its start: a census (17/30 and 7/8 on the starting code), food-delivery riders ruled employees
  // (22/30, 6/8) and a tipped-over lunar lander (19/30, 3/8): 58/90 and 16/24; used to find its fixes.
  ...withFloors([["kb-census", 0.76, 1], ["kb-riders", 0.86, 0.75], ["kb-lander", 0.66, 0.87]]),
  // Early on: an orchestra strike's end (18/30, 5/8), a late rail tunnel (19/30, 7/8) and an airbag
  // recall (17/30, 7/8): 54/90 and 19/24 at the start and the same after the first fixes; then used.
  ...withFloors([["kb-orchestra", 0.76, 0.87], ["kb-railtunnel", 0.8, 0.87], ["kb-airbagrecall", 0.76, 0.75]]),
  // Mid-session: water curbs (20/30, 8/8), a grocery takeover (21/30, 7/8) and a mayoral race (12/30,
  // 5/8): 53/90 and 20/24 at the start, 54/90 when measured before use; then used.
  ...withFloors([["kb-watercurbs", 0.8, 1], ["kb-grocermerger", 0.76, 0.87], ["kb-mayorrace", 0.7, 0.75]]),
  // Kept unseen as the final measure: a cyclone (22/30, 7/8), a pilots' strike (18/30, 5/8) and looted
  // bronzes returned (18/30, 7/8): 58/90 and 19/24 at the start, 58/90 and 20/24 at the end.
  ...withFloors([["kb-cyclone", 0.73, 1], ["kb-pilotstrike", 0.6, 0.62], ["kb-bronzes", 0.6, 0.87]]),
  // Three written blind at session 21's start and kept unseen as the final measure of its first
  // half: a ferry strike (20/30 and 6/8 on the starting code), a wildfire inquiry (18/30, 7/8) and a
  // chip factory bid (19/30, 4/8): 57/90 and 17/24 at the start, the same when measured. Then used to
  // find its later fixes: 22/30 and 6/8, 21/30 and 7/8, 21/30 and 5/8.
  ...withFloors([["kb-ferrystrike", 0.73, 0.75], ["kb-wildfireinquiry", 0.7, 0.87], ["kb-chipfactory", 0.7, 0.62]]),
  // Three written blind mid-session 21 and kept unseen as the final measure of its second half: a
  // hospital merger (21/30 and 7/8 on the starting code), a flood barrier vote (17/30, 8/8) and transit
  // fare rises (20/30, 6/8): 58/90 at the start, 59/90 after the first half and 59/90 when measured at
  // its end. One fix found with them after (a day before the event: 19/30 for the barrier).
  ...withFloors([["kb-hospitalmerger", 0.7, 0.87], ["kb-floodbarrier", 0.63, 1], ["kb-transitfare", 0.66, 0.75]]),
  // Three written blind at session 20's start and used to find its fixes: a steel tariff row (19/30 and
  // 4/8 at the start), a drought's water cuts (23/30, 4/8) and looted artifacts returned (18/30, 6/8).
  // After: 21/30 and 4/8, 24/30 and 4/8, 20/30 and 5/8.
  ...withFloors([["kb-tariff", 0.7, 0.5], ["kb-droughtcuts", 0.8, 0.5], ["kb-artifacts", 0.66, 0.62]]),
  // Three written blind mid-session 20 and measured before any fix for them: a delayed vaccine rollout
  // (20/30 and 4/8 on the starting code, 21/30 when measured), a mine blockade (18/30 and 5/8; 20/30) and
  // an airport runway hearing (20/30 and 7/8; 20/30): 58/90, then 61/90. Then used to find fixes: 21/30
  // and 4/8, 23/30 and 5/8, 24/30 and 7/8.
  ...withFloors([["kb-vaccinerollout", 0.7, 0.5], ["kb-mineprotest", 0.76, 0.62], ["kb-airportexpansion", 0.8, 0.87]]),
  // Session 24's blind sets, written by helpers who saw no code. Used to find its fixes: a fish-quota row
  // (20/30 and 4/8 on the starting code), a disputed auction record (16/30, 4/8) and an assisted-dying
  // vote (16/30, 7/8); then a rogue-trading loss (16/30, 7/8), an island's independence vote (16/30,
  // 6/8) and a logging blockade (15/30, 7/8) scored midway; then a broadcaster's resignation (21/30,
  // 8/8), a rice export ban (19/30, 5/8) and a quarantined cruise ship (19/30, 5/8) scored later still.
  // After: 26, 21, 22; 23, 18, 22; 24, 20, 23 of 30.
  ...withFloors([["kb-fishquota", 0.83, 0.5], ["kb-auction", 0.66, 0.75], ["kb-assistlaw", 0.7, 0.87]]),
  ...withFloors([["kb-roguetrade", 0.73, 0.87], ["kb-islandvote", 0.56, 0.87], ["kb-logging", 0.7, 0.87]]),
  ...withFloors([["kb-broadcaster", 0.76, 0.87], ["kb-riceban", 0.63, 0.75], ["kb-cruise", 0.73, 0.5]]),
  // And three kept unseen to that session's end as its final measure: a mayor's recall petition (17/30
  // and 6/8 at the start, 17/30 and 6/8 when measured), a telescope mirror damaged before launch (16/30,
  // 6/8; the same) and a panda loan ended early (19/30, 6/8; 20/30, 6/8): 52/90 at the start, 53/90 when
  // measured. A few fixes were made from them afterwards: 18/30 and 7/8, 17/30 and 6/8, 23/30 and 7/8.
  ...withFloors([["kb-mayorrecall", 0.56, 0.75], ["kb-telescope", 0.53, 0.62], ["kb-pandaloan", 0.73, 0.75]]),
  // Session 25's blind sets, written by helpers who saw no code. Five used to find its fixes: an algae
  // bloom (21/30 and 6/8 on the starting code), a debt restructuring (18/30, 5/8), a museum theft
  // (18/30, 4/8), a festival crowd crush (20/30, 5/8) and a vineyard frost (18/30, 5/8); after: 22/30
  // and 6/8, 23/30 and 6/8, 19/30 and 5/8, 22/30 and 6/8, 21/30 and 7/8. Three kept unseen as the
  // final measure: a social-media age law (18/30, 6/8), a train derailment (20/30, 8/8) and an Olympic
  // bid referendum (18/30, 7/8): 56/90 and 21/24 at the start and the same when measured.
  ...withFloors([["kb-algae", 0.7, 0.7], ["kb-debtdeal", 0.73, 0.7], ["kb-artheist", 0.6, 0.6], ["kb-crowdcrush", 0.63, 0.7]]),
  ...withFloors([["kb-frost", 0.66, 0.85], ["kb-agelaw", 0.56, 0.7], ["kb-derail", 0.63, 0.95], ["kb-olympicbid", 0.56, 0.85]]),
  // Session 26's blind sets, written the same way. Five used to find its fixes: a bird-flu cull (21/30
  // and 7/8 on the starting code), a department-store bankruptcy (19/30, 6/8), a sugar tax vote (15/30,
  // 6/8), a shipwreck salvage case (16/30, 8/8) and a chess cheating ban (18/30, 5/8): 89/150 and 32/40;
  // after: 24/30 and 7/8, 21/30 and 8/8, 20/30 and 6/8, 19/30 and 8/8, 24/30 and 6/8: 108/150 and 35/40.
  // Three kept unseen as the final measure: a landslide (17/30, 8/8), trade sanctions (23/30, 8/8) and
  // a heat-pump subsidy (18/30, 6/8): 58/90 and 22/24 at the start and the same when measured. One fix
  // was made from them once measured (a landslide that "struck" is when it hit): 18/30 for the landslide.
  ...withFloors([["kb-birdflu", 0.76, 0.85], ["kb-bankrupt", 0.66, 0.95], ["kb-sugartax", 0.63, 0.7], ["kb-shipwreck", 0.56, 0.95], ["kb-chess", 0.76, 0.7]]),
  ...withFloors([["kb-landslide", 0.53, 0.95], ["kb-sanctions", 0.73, 0.95], ["kb-heatpump", 0.56, 0.7]]),
  // Session 27's blind sets. Five used to find its fixes: a wine-fraud trial (15/30 and 6/8 on the
  // starting code), a metro tunnel fire (19/30, 6/8), a seized trawler (16/30, 6/8), a zoo escape
  // (17/30, 8/8) and a bridge toll protest (19/30, 8/8): 86/150 and 34/40; after: 24/30, 22/30, 20/30,
  // 19/30 and 21/30: 106/150, declines unchanged. Three kept unseen as the final measure: an airline IT
  // outage (16/30, 4/8), a football points deduction (18/30, 5/8) and a cancer-drug price cap (18/30,
  // 6/8): 52/90 and 15/24 at the start and the same when measured. One fix was made from them once
  // measured ("Name, managing director of its Australian arm," is a title): 19/30 for the drug cap.
  ...withFloors([["kb-winefraud", 0.76, 0.7], ["kb-metrofire", 0.7, 0.7], ["kb-trawler", 0.63, 0.7], ["kb-zooescape", 0.6, 0.95], ["kb-tollhike", 0.66, 0.95]]),
  ...withFloors([["kb-itoutage", 0.5, 0.45], ["kb-pointsdeduction", 0.56, 0.6], ["kb-drugprices", 0.6, 0.7]]),
  // Eight more the session after, blind. Five to find fixes from: a pesticide ban suspended (23/30, 6/8 on the
  // starting code), a frigate order cancelled (17/30, 7/8), a gas blast in a block of flats (23/30, 5/8), a mayor
  // arrested for bribery (19/30, 6/8) and a spaceport approved (18/30, 7/8): 100/150 and 31/40; after: 24/30
  // (8/8), 24/30, 24/30 (7/8), 24/30 (7/8) and 23/30 (8/8): 119/150 and 37/40. Three kept unseen as the final measure: a salmon farm's
  // licence revoked (16/30, 6/8), insurers leaving flood zones (21/30, 7/8) and a chocolate maker's price rise
  // (25/30, 5/8): 62/90 and 18/24 at the start, and the same when measured. Fixes made from them once measured
  // (initials "known by", a name in brackets, "for or against", "still loose", a common word that is no one's
  // name, two companies joined by "and", "known locally as", a quotation's "They"): 20/30, 25/30 (8/8) and 28/30.
  ...withFloors([["kb-pesticide", 0.78, 0.95], ["kb-frigates", 0.78, 0.85], ["kb-gasblast", 0.78, 0.85], ["kb-mayorbribes", 0.78, 0.85], ["kb-spaceport", 0.75, 0.95]]),
  ...withFloors([["kb-salmonfarm", 0.65, 0.7], ["kb-floodcover", 0.8, 0.95], ["kb-cocoa", 0.9, 0.6]]),
  // Eight more the session after (29), blind. Five to find fixes from: junior doctors' strike ballot (16/30, 7/8 on
  // the starting code), a football manager sacked (14/30, 7/8), a water company fined for sewage spills (16/30,
  // 7/8), a regional autonomy referendum (20/30, 7/8) and a 5G spectrum auction (18/30, 6/8): 84/150 and 34/40;
  // after: 23/30 (8/8), 19/30 (8/8), 23/30, 23/30 and 20/30: 108/150 and 36/40. Three kept unseen as the final
  // measure: a tram line late and over budget (19/30, 7/8), a trawler seized (18/30, 8/8) and a rector's
  // plagiarism (19/30, 6/8): 56/90 and 21/24 at the start, and the same when measured. Fixes made from them once
  // measured (a ship's flag is where it is registered, "known in the trade as", pursuit ~ chase, "PhD", "who led
  // the panel", a contractor named only where blamed, "not before October"): 20/30, 22/30 and 21/30.
  ...withFloors([["kb-juniordocs", 0.75, 0.95], ["kb-managersacked", 0.6, 0.95], ["kb-sewage", 0.75, 0.85], ["kb-referendum", 0.75, 0.85], ["kb-spectrum", 0.65, 0.7]]),
  ...withFloors([["kb-tramdelay", 0.65, 0.85], ["kb-boatseized", 0.7, 0.95], ["kb-rector", 0.68, 0.7]]),
  ...withFloors([["kb-touristtax", 0.8, 0.85], ["kb-cyberattack", 0.63, 0.85], ["kb-tuition", 0.56, 0.85]]),
  ...withFloors([["kb-booster", 0.56, 0.95], ["kb-dockstrike", 0.8, 0.85], ["kb-fern-fire", 0.73, 0.6], ["kb-bankmerger", 0.9, 0.95]]),
  ...withFloors([["kb-festival", 0.57, 0.85]]),
  ...withFloors([["kb-eruption", 0.73, 0.95], ["kb-stadium", 0.6, 0.85], ["kb-blackout", 0.77, 0.85], ["kb-collision", 0.53, 0.7]]),
  ...withFloors([["kb-airline", 0.7, 0.85], ["kb-doping", 0.63, 0.7], ["kb-mine-rescue", 0.67, 0.7], ["kb-tariffs", 0.8, 0.85], ["kb-swap", 0.7, 0.85], ["kb-drought", 0.83, 0.95], ["kb-scandal", 0.6, 0.6]]),
  ...withFloors([["kb-ratecut", 0.62, 0.85], ["kb-villa", 0.72, 0.85], ["kb-brakes", 0.8, 0.75], ["kb-cupfinal", 0.45, 0.75], ["kb-andes-quake", 0.72, 0.75], ["kb-grocers", 0.68, 0.5], ["kb-estonia", 0.4, 0.85], ["kb-trial", 0.6, 0.6], ["kb-verdict", 0.45, 0.5], ["kb-publicland", 0.65, 0.4]]),
  ...withFloors([["kb-privacy", 0.6, 0.95], ["kb-vaccine", 0.55, 0.95], ["kb-wildfire", 0.5, 0.95], ["kb-union", 0.6, 0.85], ["kb-congestion", 0.45, 0.6], ["kb-byelection", 0.45, 0.7]]),
  ...withFloors([["kb-treaty", 0.72, 0.95], ["kb-coalition", 0.65, 0.7], ["kb-ferry", 0.62, 0.85], ["kb-minerals", 0.52, 0.85], ["kb-canal", 0.33, 0.7]]),
  ...withFloors([["kb-recall", 0.6, 0.7], ["kb-datacentre", 0.75, 0.85], ["kb-ivory", 0.4, 0.7], ["kb-launch", 0.38, 0.7]]),
  ...withFloors([["kb-overrun", 0.65, 0.85], ["kb-dam", 0.45, 0.85], ["kb-museum", 0.35, 0.85]]),
  ...withFloors([["kb-talks", 0.6, 0.6], ["kb-breach", 0.5, 0.7], ["kb-election", 0.5, 0.6], ["kb-summit", 0.55, 0.7], ["kb-rates", 0.4, 0.85], ["kb-council", 0.4, 0.6], ["kb-transfer", 0.4, 0.5], ["kb-quake", 0.45, 0.85]]),
];

describe.each(SETS)("question set: $name", ({ file, dir, minDirect, minDecline }) => {
  const cases = parseCases(readFileSync(file, "utf8"), file);
  const replies = cases.map((c) => {
    const a = answerQuestion(kb(dir), c.q);
    return { answered: a.answered, answer: a.answer, sources: a.evidence.map((e) => ({ sentence: e.text })) };
  });
  const score = scoreSet(cases, replies);

  it(`answers at least ${minDirect * 100}% of the answerable questions directly`, () => {
    expect(score.direct / score.answerable, score.misses.join("\n")).toBeGreaterThanOrEqual(minDirect);
  });

  it(`declines at least ${minDecline * 100}% of the questions the article does not answer`, () => {
    expect(score.declined / score.outOfScope, score.misses.filter((m) => m.startsWith("ANSWERED")).join("\n")).toBeGreaterThanOrEqual(minDecline);
  });

  it("cites a sentence of the articles for every answer", () => {
    const sentences = new Set(kb(dir).articles.flatMap((f) => f.sentences.map((s) => s.text)));
    for (const c of cases) {
      const a = answerQuestion(kb(dir), c.q);
      if (a.answered) expect(sentences.has(a.evidence[0]?.text ?? ""), c.q).toBe(true);
    }
  });
});
