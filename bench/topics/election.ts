import { percent, lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt } from "../writer.ts";
import { CITIES } from "../vocab.ts";

export const election: Topic = {
  name: "election",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const winner = w.person();
    const loser = w.person();
    const parties = r.shuffle(["Civic Alliance", "Progress Party", "Reform League", "Green Future", "Unity Movement", "Citizens Front"]);
    const share = r.int(50, 64);
    const other = r.int(30, 100 - share - 1);
    const turnout = r.int(28, 71);
    const conceded = w.weekday(0);
    const sworn = w.monthDay(r.int(20, 60));
    const lede = `${winner.name} of the ${parties[0]} won the race for mayor of ${place.city} with ${share} percent of the vote, beating ${loser.name} of the ${parties[1]}, who took ${other} percent.`;
    const groups = [
      `Turnout was ${turnout} percent, election officials said. ${loser.last} conceded on ${conceded} night.`,
      w.quote(winner, undefined, r.pick([`Tonight ${place.city} chose hope over fear`, `I will be a mayor for every neighborhood, including the ones that did not vote for me`])),
      w.quote(loser, undefined, r.pick([`The voters have spoken and I wish the new mayor well`, `We lost this race, but the issues we raised have not gone away`])),
      `${winner.last} will take office on ${sworn}. ${winner.pronoun === "she" ? "She" : "He"} has promised to freeze bus fares and build ${fmt(r.int(2, 30) * 500)} affordable homes.`,
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "this election")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, "city elections")),
      ...(r.chance(0.6) ? [unnamed(w, "this election")] : []),
      next(w, "this election"),
    ];
    return {
      title: `${winner.name} elected mayor of ${place.city}`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `Who won the ${place.city} mayoral election?`, all: [[lower(winner.last)]] },
        { q: `What share of the vote did ${winner.name} get?`, all: [percent(share)] },
        { q: `What was the turnout in the ${place.city} election?`, all: [percent(turnout)] },
        { q: `Which party is ${loser.name} from?`, all: [[lower(parties[1])]] },
        { q: `When will ${winner.last} take office?`, all: [[lower(sworn)]] },
      ],
    };
  },
};
