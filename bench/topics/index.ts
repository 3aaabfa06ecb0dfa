/**
 * The kinds of story the generator writes, each with two sides: a strike, diplomatic talks, a city
 * budget fight, a court ruling, a takeover, a medical study, an election and a storm. Sentences
 * come in variants and paragraphs in a varied order, so no two articles read alike.
 */
import type { Topic } from "./common.ts";
import { strike } from "./strike.ts";
import { talks } from "./talks.ts";
import { budget } from "./budget.ts";
import { court } from "./court.ts";
import { takeover } from "./takeover.ts";
import { study } from "./study.ts";
import { election } from "./election.ts";
import { storm } from "./storm.ts";

export type { Story, Topic } from "./common.ts";

export const TOPICS: Topic[] = [strike, talks, budget, court, takeover, study, election, storm];
