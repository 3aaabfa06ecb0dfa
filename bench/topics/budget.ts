import { percent, lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt } from "../writer.ts";
import { CITIES } from "../vocab.ts";

export const budget: Topic = {
  name: "budget",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const mayor = w.person();
    const chair = w.person();
    const economist = w.person();
    const total = r.int(180, 990);
    const tax = r.int(2, 9);
    const gap = r.int(12, 140);
    const vote = w.weekdayAfter(r.int(3, 9));
    const officers = r.int(40, 300);
    const lede = `Mayor ${mayor.name} on ${w.weekday(1)} proposed a $${fmt(total)} million budget for ${place.city} that would raise property taxes by ${tax} percent to close a $${gap} million shortfall.`;
    const groups = [
      `The plan adds ${officers} police officers and keeps every library branch open, but it cuts spending on road repairs for a second year. ` +
        w.quote(mayor, undefined, r.pick([`This is a budget that asks everyone to give a little so that nobody loses a lot`, `We cannot keep borrowing against our children's future`])),
      [
        `${chair.name}, who chairs the city council’s finance committee, said the tax increase would not pass in its current form.`,
        w.quote(chair, undefined, r.pick([`Families here are already stretched, and the mayor wants them to pay for years of overspending`, `There are savings to be found before we reach into people's pockets`]), `We will write our own amendments`),
      ],
      `The council is due to vote on the budget on ${vote}. If no budget passes by ${w.monthDay(40)}, spending would be frozen at this year’s levels.`,
      `${economist.name}, an economist at the University of ${place.city}, said the shortfall had been building since ${w.published.getUTCFullYear() - r.int(2, 6)}.`,
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "this budget")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, "property taxes")),
      ...(r.chance(0.6) ? [unnamed(w, "this budget")] : []),
      next(w, "this budget"),
    ];
    return {
      title: `${place.city} mayor proposes tax rise to close $${gap} million gap`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `How large is the budget Mayor ${mayor.last} proposed?`, all: [[`$${fmt(total)} million`, `${fmt(total)} million`]] },
        { q: `Who chairs the ${place.city} council's finance committee?`, all: [[lower(chair.last)]] },
        { q: `By how much would property taxes in ${place.city} rise?`, all: [percent(tax)] },
        { q: `When will the ${place.city} council vote on the budget?`, all: [[lower(vote)]] },
        { q: `How many police officers does the ${place.city} budget add?`, all: [[String(officers)]] },
        { q: `What did ${chair.name} say about the tax increase?`, all: [["not pass", "stretched", "savings", "amendments"]] },
      ],
    };
  },
};
