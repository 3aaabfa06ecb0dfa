/** What a question asks for. */
export type QuestionKind =
  | "who"
  | "where"
  | "when"
  | "quantity"
  | "why"
  | "how"
  | "yesno"
  | "quote"
  | "role"
  | "side"
  | "what";

/** A sentence cited as evidence for an answer. */
export interface Evidence {
  /** Article id (file name without extension). */
  articleId: string;
  title: string;
  /** Index of the sentence in its article. */
  sentence: number;
  /** The exact sentence. */
  text: string;
}

/** The answer to one question, platform-neutral. */
export interface Answer {
  /** False when the bot declines: the articles do not say. */
  answered: boolean;
  /** The short direct answer ("Anchorage, Alaska"); "" when declined. */
  answer: string;
  /** Source sentences, best first. */
  evidence: Evidence[];
  /** 0 to 1. */
  confidence: number;
  kind: QuestionKind;
  /** Why the bot declined, in a few words, for logs and tests. */
  reason?: string;
  /** Questions the articles can answer, offered when declining. */
  suggestions?: string[];
  /** People the answer is about, by person id, for follow-up questions ("what did he say?"). */
  people?: string[];
}

/** What a previous turn of the conversation was about, for follow-ups. */
export interface QuestionContext {
  /** Person ids mentioned or answered last, most recent first. */
  people?: string[];
  /** Side ids mentioned last. */
  sides?: string[];
  /** The previous question, for elliptic follow-ups ("and for the US?"). */
  previousQuestion?: string;
  /**
   * The sentence the other part of a two-part question was answered from: this part is looked for
   * there only, with less of it needed ("who warned ..., and which union does he lead?").
   */
  within?: Evidence;
}
