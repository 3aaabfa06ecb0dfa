import { lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt, numberAlts } from "../writer.ts";
import { INDUSTRIES } from "../vocab.ts";

export const takeover: Topic = {
  name: "takeover",
  write(w) {
    const r = w.rng;
    const industry = r.pick(INDUSTRIES);
    const buyer = w.org(r.pick(industry.suffixes));
    const target = w.org(r.pick(industry.suffixes));
    const ceo = w.person();
    const founder = w.person();
    const regulator = w.person();
    const billions = r.int(2, 60) + r.pick([0, 0.5]);
    const jobs = r.int(4, 60) * 100;
    const close = w.month(r.int(3, 9));
    const premium = r.int(18, 45);
    const lede = `${buyer} has agreed to buy ${target} for $${billions} billion, the companies said on ${w.weekday(r.int(0, 1))}, creating one of the largest ${industry.sector} businesses in the world.`;
    const groups = [
      `The price is ${premium} percent above ${target}’s closing share price on Friday. The deal is expected to close in ${close}, subject to approval by regulators.`,
      w.quote(ceo, `${ceo.name}, the chief executive of ${buyer}`, r.pick([`Together we can offer customers more for less`, `This is about scale, and scale is what our customers need`])),
      `${founder.name}, who founded ${target} and will join ${buyer}’s board, said the offer was too good to turn down. The combined company plans to cut about ${fmt(jobs)} jobs.`,
      `${regulator.name}, who heads the competition authority, said the deal would be examined closely. ` +
        w.quote(regulator, undefined, `We will look hard at what this means for prices`),
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, "New York", "this deal")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, `mergers in ${industry.sector}`)),
      ...(r.chance(0.6) ? [unnamed(w, "this deal")] : []),
      next(w, "this deal"),
    ];
    return {
      title: `${buyer} to buy ${target} for $${billions} billion`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `How much will ${buyer} pay for ${target}?`, all: [[`$${billions} billion`, `${billions} billion`]] },
        { q: `Who is the chief executive of ${buyer}?`, all: [[lower(ceo.last)]] },
        { q: `How many jobs will the ${buyer} deal cut?`, all: [numberAlts(jobs)] },
        { q: `When is the ${target} deal expected to close?`, all: [[lower(close)]] },
        { q: `Who founded ${target}?`, all: [[lower(founder.last)]] },
      ],
    };
  },
};
