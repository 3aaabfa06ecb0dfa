import { lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt, numberAlts } from "../writer.ts";
import { CITIES, INDUSTRIES } from "../vocab.ts";

export const court: Topic = {
  name: "court",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const industry = r.pick(INDUSTRIES);
    const company = w.org(r.pick(industry.suffixes));
    const judge = w.person();
    const ag = w.person();
    const lawyer = w.person();
    const fine = r.int(4, 900);
    const customers = r.int(12, 900) * 1000;
    const wrong = r.pick(["hiding fees from customers", "a data breach it failed to report", "polluting the river near its plant", "fixing prices with two rivals"]);
    const lede = `A judge in ${place.city} on ${w.weekday(r.int(0, 1))} ordered ${company} to pay $${fine} million over ${wrong}, one of the largest penalties of its kind in ${place.region}.`;
    const groups = [
      `Judge ${judge.name} wrote that the company had “acted with indifference to the people it serves” and that about ${fmt(customers)} customers had been harmed.`,
      `The case was brought by ${place.country === "U.S." ? "state Attorney General" : "chief prosecutor"} ${ag.name}. ` +
        w.quote(ag, undefined, r.pick([`No company is too big to follow the law`, `Today's ruling sends a message to every business in ${place.region}`])),
      `${company} said it would appeal. ` +
        w.quote(lawyer, `${lawyer.name}, a lawyer for the company`, r.pick([`We respectfully disagree with the court and are confident the ruling will be overturned`, `The judgment ignores the steps we have already taken`])),
      `${company}, which sells ${industry.product}, reported a profit of $${r.int(20, 900)} million last year.`,
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "this case")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, wrong)),
      ...(r.chance(0.6) ? [unnamed(w, "this case")] : []),
      next(w, "this case"),
    ];
    return {
      title: `Judge orders ${company} to pay $${fine} million`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `How much was ${company} ordered to pay?`, all: [[`$${fine} million`, `${fine} million`]] },
        { q: `Which judge ruled against ${company}?`, all: [[lower(judge.last)]] },
        { q: `Who brought the case against ${company}?`, all: [[lower(ag.last)]] },
        { q: `Will ${company} appeal the ruling?`, all: [["appeal", "yes"]] },
        { q: `How many customers did ${company} harm?`, all: [numberAlts(customers)] },
      ],
    };
  },
};
