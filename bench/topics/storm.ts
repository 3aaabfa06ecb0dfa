import { lower, observer, unnamed, next, background, arrange, type Topic } from "./common.ts";
import { fmt, numberAlts } from "../writer.ts";
import { CITIES } from "../vocab.ts";

export const storm: Topic = {
  name: "storm",
  write(w) {
    const r = w.rng;
    const place = r.pick(CITIES);
    const governor = w.person();
    const director = w.person();
    const utility = w.org(r.pick(["Power", "Energy", "Electric"]));
    const spokes = w.person();
    const name = r.pick(["Storm Aurelia", "Storm Bram", "Hurricane Delia", "Storm Corrie", "Tropical Storm Imelda", "Storm Kaito"]);
    const homes = r.int(8, 600) * 100;
    const rain = r.int(3, 14);
    const restored = w.weekdayAfter(r.int(2, 5));
    const shelters = r.int(4, 40);
    const lede = `${name} brought ${rain} inches of rain and winds of up to ${r.int(50, 110)} miles per hour to ${place.city} on ${w.weekday(1)}, leaving ${fmt(homes)} homes without power.`;
    const groups = [
      `${place.country === "U.S." ? "Governor" : "Regional leader"} ${governor.name} declared a state of emergency across ${place.region} and asked residents to stay off the roads.`,
      w.quote(director, `${director.name}, the director of the region’s emergency management agency`, r.pick([`The water is still rising in places, and it is not safe to drive through it`, `Please check on your neighbors, especially older people living alone`])),
      `${utility} said crews from three neighboring states were on their way. ` +
        w.quote(spokes, `${utility} spokesperson ${spokes.name}`, `We expect to have most customers back on by ${restored}`),
      `The city opened ${shelters} shelters, and schools will stay closed until further notice.`,
      ...Array.from({ length: r.int(1, 3) }, () => observer(w, place.city, "this storm")),
      ...Array.from({ length: r.int(1, 2) }, () => background(w, "flood defences")),
      ...(r.chance(0.6) ? [unnamed(w, "this storm")] : []),
      next(w, "this storm"),
    ];
    return {
      title: `${name} floods ${place.city}, leaving thousands without power`,
      paragraphs: arrange(w, lede, groups),
      questions: [
        { q: `How many homes lost power in ${place.city}?`, all: [numberAlts(homes)] },
        { q: `Who declared a state of emergency in ${place.region}?`, all: [[lower(governor.last)]] },
        { q: `How much rain did ${name} bring?`, all: [[`${rain} inches`]] },
        { q: `When will ${utility} restore power?`, all: [[lower(restored)]] },
        { q: `How many shelters did ${place.city} open?`, all: [[String(shelters)]] },
      ],
    };
  },
};
