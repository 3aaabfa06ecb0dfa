import { lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { COUNTRIES, NEUTRAL_VENUES, NUMBER_WORDS } from "../vocab.ts";

export const talks: Topic = {
  name: "talks",
  write(w) {
    const r = w.rng;
    const a = r.pick(COUNTRIES);
    let b = r.pick(COUNTRIES);
    while (b === a) b = r.pick(COUNTRIES);
    const venue = r.pick(NEUTRAL_VENUES);
    const ma = w.person();
    const mb = w.person();
    const envoy = w.person();
    const analyst = w.person();
    const issues = r.shuffle(["fishing rights", "tariffs on steel", "a disputed border crossing", "student visas", "climate finance", "a stalled gas pipeline", "extradition requests"]);
    const day1 = w.weekdayAfter(r.int(0, 1));
    const day2 = w.weekdayAfter(2);
    const years = r.int(2, 9);
    const lede = `Foreign ministers from ${a.name} and ${b.name} will meet in ${venue} on ${day1}, their first talks in ${NUMBER_WORDS[years]} years, with both sides bringing long lists of complaints and few expectations.`;
    const groups = [
      [
        r.chance(0.5)
        ? `${a.adjective} Foreign Minister ${ma.name} and ${mb.name}, ${b.name}’s foreign minister, are expected to discuss ${issues[0]} and ${issues[1]}.`
        : `${ma.name}, ${a.name}’s foreign minister, will lead the ${a.adjective} delegation; ${b.name} is sending its foreign minister, ${mb.name}. The agenda includes ${issues[0]} and ${issues[1]}.`,
        w.quote(ma, undefined, r.pick([`We come with an open hand, but we will not trade away our interests on ${issues[0]}`, `${b.name} knows where we stand, and we expect the same honesty in return`])),
        w.quote(mb, undefined, r.pick([`If ${a.name} wants progress, it must first drop its demands on ${issues[1]}`, `We are ready to listen, and we hope our colleagues are too`])) +
          ` The meetings are scheduled to end on ${day2}.`,
      ],
      `The talks will not end with a joint statement, according to a senior ${b.adjective} official, and no further meetings are planned for now.`,
      `${a.adjective} ambassador to ${b.name} ${envoy.name} said the two governments had exchanged draft proposals on ${issues[0]} in ${w.month(11)}.`,
      `${analyst.name}, a senior fellow at the ${w.org("Institute")}, said the meeting itself was the news. ` +
        w.quote(analyst, undefined, `Nobody expects a breakthrough, but talking is better than the silence of the last few years`),
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, venue, "these talks")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, issues[0])),
      ...(r.chance(0.6) ? [unnamed(w, "these talks")] : []),
      next(w, "these talks"),
    ];
    return {
      title: `${a.name} and ${b.name} hold first talks in years in ${venue}`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `Where are ${a.name} and ${b.name} holding talks?`, all: [[lower(venue)]] },
        { q: `Who is ${b.name}'s foreign minister?`, all: [[lower(mb.last)]] },
        { q: `When will the ${a.adjective} and ${b.adjective} ministers meet?`, all: [[lower(day1)]] },
        { q: `Will the ${venue} talks end with a joint statement?`, all: [["no", "not"]] },
        { q: `Who is the ${a.adjective} ambassador to ${b.name}?`, all: [[lower(envoy.last)]] },
        { q: `What will ${ma.name} and ${mb.last} discuss?`, all: [[issues[0].split(" ").slice(-1)[0], issues[1].split(" ").slice(-1)[0]]] },
      ],
    };
  },
};
