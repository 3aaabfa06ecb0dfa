import { percent, lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt, numberAlts } from "../writer.ts";
import { CITIES, NUMBER_WORDS } from "../vocab.ts";

export const study: Topic = {
  name: "study",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const lead = w.person();
    const critic = w.person();
    const n = r.int(8, 400) * 100;
    const cut = r.int(11, 58);
    const years = r.int(2, 12);
    const [intervention, condition] = r.pick([
      ["a daily walk of 30 minutes", "heart disease"],
      ["a low-salt diet", "stroke"],
      ["a yearly flu shot", "hospital stays"],
      ["eight hours of sleep", "type 2 diabetes"],
      ["a new cholesterol drug", "heart attacks"],
    ] as const);
    const journal = r.pick(["The Lancet", "the Journal of Public Health", "the New England Journal of Medicine", "BMJ"]);
    const university = `University of ${place.city}`;
    const lede = `People who took ${intervention} were ${cut} percent less likely to develop ${condition} than those who did not, according to a study of ${fmt(n)} adults published on ${w.weekday(r.int(0, 2))} in ${journal}.`;
    const groups = [
      [
        `The researchers at the ${university} followed the participants for ${NUMBER_WORDS[Math.min(years, 12)]} years. The study was led by Dr. ${lead.name}.`,
        w.quote(lead, undefined, r.pick([`The effect was larger than we expected, and it held in every age group`, `It is cheap, it is safe, and it works`])),
      ],
      `${critic.name}, an epidemiologist who was not involved in the research, said the study could not prove cause and effect. ` +
        w.quote(critic, undefined, `People who do this may simply be healthier to begin with`),
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "this study")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, condition)),
      ...(r.chance(0.6) ? [unnamed(w, "this study")] : []),
      next(w, "this study"),
    ];
    return {
      title: `${intervention[0].toUpperCase()}${intervention.slice(1)} cuts risk of ${condition}, study finds`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `How many people took part in the ${university} study?`, all: [numberAlts(n)] },
        { q: `Who led the ${university} study?`, all: [[lower(lead.last)]] },
        { q: `By how much did ${intervention} cut the risk of ${condition}?`, all: [percent(cut)] },
        { q: `Where was the study of ${intervention} published?`, all: [[lower(journal.replace(/^the /, ""))]] },
        { q: `Who doubts the ${condition} study?`, all: [[lower(critic.last)]] },
      ],
    };
  },
};
