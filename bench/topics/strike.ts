import { percent, lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt, numberAlts } from "../writer.ts";
import { CITIES, NUMBER_WORDS, TRADES } from "../vocab.ts";

export const strike: Topic = {
  name: "strike",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const trade = r.pick(TRADES);
    const company = w.org(trade.company);
    const union = r.pick([`${trade.company === "Rail" ? "Rail" : place.city} Workers Union`, `United Service Workers Local ${r.int(100, 999)}`, `${place.region} Federation of Workers`]);
    const leader = w.person();
    const spokes = w.person();
    const mayor = w.person();
    const worker = w.person();
    const n = r.int(8, 120) * 100;
    const demand = r.int(9, 22);
    const offer = r.int(3, demand - 4);
    const years = r.int(2, 4);
    const users = r.int(20, 300) * 1000;
    const sites = r.int(3, 14);
    const started = w.weekday(r.int(0, 2));
    const lede =
      r.chance(0.5)
        ? `${place.city.toUpperCase()} — About ${fmt(n)} ${trade.workers} went on strike early ${started}, halting most ${trade.service} in ${place.city}, ${place.region}, after contract talks between their union and ${company} broke down over wages.`
        : `${fmt(n)} ${trade.workers} walked off the job in ${place.city} on ${started}, after negotiations with ${company} over pay and staffing collapsed late the night before.`;
    const groups = [
      [
        r.chance(0.5)
          ? `${leader.name}, the president of ${union}, said the union was seeking a ${demand} percent raise over ${NUMBER_WORDS[years]} years and more staff on every shift.`
          : `${union} is seeking a ${demand} percent raise over ${NUMBER_WORDS[years]} years, according to its president, ${leader.name}.`,
        w.quote(leader, undefined, r.pick([
          `Our members kept this city running through the hardest years it has seen, and they are being offered less than the cost of living`,
          `Nobody wants to be out here, but ${company} left us no choice`,
          `We will stay out as long as it takes to get a fair contract`,
        ])),
      ],
      `${company} has offered a ${offer} percent raise over ${NUMBER_WORDS[years]} years, up from ${Math.max(1, offer - 2)} percent in its first offer last month. ` +
        w.quote(spokes, `${company} ${spokes.pronoun === "she" ? "spokeswoman" : "spokesman"} ${spokes.name}`, r.pick([
          `We have made a fair offer that would make our ${trade.short} among the best paid in ${place.region}`,
          `The union walked away from the table, not us`,
          `Our door remains open and we want a deal this week`,
        ])),
      `The walkout left about ${fmt(users)} ${trade.users} looking for other options. The union said it would picket all ${sites} of ${company}’s ${trade.unit} around the clock.`,
      `Mayor ${mayor.name} urged both sides to return to talks. ` + w.quote(mayor, undefined, `Every day this goes on hurts the people of ${place.city}`),
      `${worker.name}, one of the ${trade.short} on the picket line, has worked for ${company} for ${NUMBER_WORDS[r.int(3, 12)]} years. ` +
        w.quote(worker, undefined, r.pick([`I love this job, but I cannot pay my rent on it`, `We are tired, but we are not going back for less`])),
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "the strike")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, `pay for ${trade.short}`)),
      ...(r.chance(0.6) ? [unnamed(w, "the strike")] : []),
      next(w, "the strike"),
    ];
    return {
      title: `${place.city} ${trade.short} strike after talks with ${company} collapse`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `Who is the president of ${union}?`, all: [[lower(leader.last)]] },
        { q: `How many ${trade.short} went on strike in ${place.city}?`, all: [numberAlts(n)] },
        { q: `What raise is ${union} seeking?`, all: [percent(demand)] },
        { q: `What raise has ${company} offered?`, all: [percent(offer)] },
        { q: `When did the strike at ${company} begin?`, all: [[lower(started)]] },
        { q: `Who speaks for ${company}?`, all: [[lower(spokes.last)]] },
        { q: `How many ${trade.unit} will the union picket?`, all: [[String(sites)]] },
      ],
    };
  },
};
