import type { Mention, Person, Quote } from "./types.ts";

/**
 * Finds quotations and who said them, in the usual news forms:
 *   “...,” said X.  /  “...,” X said.  /  “...,” X told Y.  /  X said: “...”  /  ..., saying, “...”
 *   “...,” according to X.  /  a fragment “like this” in a sentence that ends "..., X said."
 *   “First part,” X said. “Second part.”  (the second part keeps the speaker)
 * "he"/"she" is the last named speaker, or the last person named before the quote.
 * A speaker that names a person is linked to that person; an unnamed one ("a senior official") is kept as written.
 */

export interface QuoteSentence {
  index: number;
  paragraph: number;
  text: string;
  /** Offset of the sentence in its paragraph. */
  offset: number;
}

/** A run of words without clause punctuation; dots of "U.S." and "Mr." do not end it. */
const PHRASE = `(?:[^,.;:—–“”"]|\\.(?=\\S)|(?<=\\b[A-Z])\\.|(?<=\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Lt|Col|Capt|Prof))\\.)`;
const VERBS = "said|says|say|added|adds|told|tells|wrote|writes|argued|argues|warned|warns|insisted|insists|noted|notes|explained|explains|declared|declares|asked|asks|stressed|stresses|continued|continues|acknowledged|acknowledges|recalled|recalls|replied|replies|responded|responds|tweeted|tweets|posted|posts|claimed|claims|predicted|predicts|cautioned|cautions|conceded|concedes";
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*(?:${VERBS})\\s+(${PHRASE}+)`, "i");
const AFTER_SPEAKER_FIRST = new RegExp(`^[\\s,]*(${PHRASE}{1,90}?)\\s+(?:${VERBS})\\b`, "i");
/** "“...,” Ramiro Ochoa, head of the civil defence institute (INDECI), told reporters": a name, its description, the verb. */
const AFTER_NAME_DESCRIBED = new RegExp(`^[\\s,]*([A-Z][\\w.’'-]+(?:\\s+[A-Z][\\w.’'-]+){0,3}),\\s[^“”"]{1,120}?,\\s+(?:${VERBS})\\b`);
const ACCORDING = new RegExp(`according to\\s+(${PHRASE}+)`, "i");
/** "X said: “...”", "X said, “...”", and "X told reporters on Wednesday: “...”" (extra words only before a colon). */
const BEFORE_COLON = new RegExp(`(${PHRASE}{1,90}?),?\\s+(?:${VERBS})(?:\\s*[:,]?|\\s+[^“”":]{1,80}?:)\\s*$`, "i");
/** "Minister Solberg, who leads the delegation, said Iceland had taken “far more ...”": the sentence's subject. */
const SUBJECT_SAID = new RegExp(`^\\s*(${PHRASE}{1,70}?)(?:,([^,“”"]{1,90}),)?\\s+(?:${VERBS})\\b[^“”"]*$`, "i");
/** "..., with the first adding, “...”": a second speaker brought in with "with X adding". */
const WITH_ADDING = /\bwith\s+((?:the|a|an)\s+[^,“”"]{1,40}?|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)?)\s+(?:adding|saying|noting|arguing|warning)\s*,?\s*$/;
const SAYING = /,?\s*(?:saying|adding|writing|telling [a-z ]+),?\s*$/i;
const ENDING_SPEAKER = new RegExp(`(?:,|\\bas)\\s+(${PHRASE}{1,90}?)\\s+(?:${VERBS})(?:\\s+[a-z ]{1,30})?\\s*[.!?]?\\s*$`, "i");
const MIDDLE_SPEAKER = new RegExp(`,\\s+(${PHRASE}{1,90}?)\\s+(?:said|says|added|noted|argued|warned)\\s*,`, "i");
/** "... where he praised the alliances as the “linchpin ...”": a quoted characterisation. */
const CHARACTERISED = /\b(he|she|they|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+(?:praised|called|described|labell?ed|dubbed|termed|hailed|branded|characteri[sz]ed|denounced|condemned|slammed|criticized|criticised)\b[^“"]*$/;
const PRONOUN = /^(he|she|they|it)$/i;
const MAX_SPEAKER_WORDS = 14;

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Quoted spans of a paragraph: curly quotes, or straight quotes taken in pairs. */
function quotedSpans(paragraph: string): Span[] {
  const out: Span[] = [];
  const re = /“([^”]+)”|"([^"]+)"/g;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const text = (m[1] ?? m[2]).trim();
    if (text) out.push({ start: m.index, end: m.index + m[0].length, text });
  }
  return out;
}

export function findQuotes(
  paragraphs: { text: string; sentences: QuoteSentence[] }[],
  people: Person[],
  mentions: Mention[],
): Quote[] {
  const quotes: Quote[] = [];
  let lastNamedSpeaker: Person | undefined;
  const personIn = (phrase: string, from: number, to: number): Person | undefined => {
    const m = mentions.find((x) => x.kind === "person" && x.sentence >= from && x.sentence <= to && phrase.includes(x.text));
    if (m) return people.find((p) => p.id === m.entity);
    // "the chief executive of Ostrander Holdings" said: the one person with that role.
    const described = phrase.replace(/^(the|a|an)\s+/i, "").toLowerCase();
    const byRole = people.filter((p) => p.roles.some((r) => r.toLowerCase() === described));
    if (byRole.length === 1) return byRole[0];
    return people.find((p) => phrase.includes(p.name) || p.aliases.some((a) => a.includes(" ") && phrase.includes(a)));
  };
  const personBefore = (sentence: number, offset: number): Person | undefined => {
    const m = mentions.find((x) => x.kind === "person" && x.sentence === sentence && x.start < offset);
    return m ? people.find((p) => p.id === m.entity) : undefined;
  };
  const lastPersonBefore = (sentence: number): Person | undefined => {
    const m = mentions.filter((x) => x.kind === "person" && x.sentence < sentence).pop();
    return m ? people.find((p) => p.id === m.entity) : undefined;
  };

  /** The subject of "X, <apposition>, said ...": the person named in the apposition when there is one ("A spokeswoman, Dana Whitfield, said"). */
  const subjectSaid = (before: string, sentence: number): string | undefined => {
    const m = SUBJECT_SAID.exec(before);
    if (!m) return undefined;
    const named = m[2] ? personIn(m[2], sentence, sentence) : undefined;
    return named ? m[2].trim() : m[1];
  };

  for (const para of paragraphs) {
    let previous: Quote | undefined;
    for (const span of quotedSpans(para.text)) {
      const startSentence = sentenceAt(para.sentences, span.start);
      const endSentence = sentenceAt(para.sentences, span.end - 1);
      if (!startSentence || !endSentence) continue;
      const after = para.text.slice(span.end, endSentence.offset + endSentence.text.length);
      const before = para.text.slice(startSentence.offset, span.start);
      let phrase =
        AFTER_VERB_FIRST.exec(after)?.[1] ??
        // Not "..." , while Adeyev said ...": a clause of another speaker starts after the quote.
        (/^[\s,]*[a-z]/.test(after) || /^[\s,]*[A-Z]/.test(after) ? AFTER_SPEAKER_FIRST.exec(after)?.[1].replace(/^(?:while|whereas)\s.*/i, "") || undefined : undefined) ??
        AFTER_NAME_DESCRIBED.exec(after)?.[1] ??
        ACCORDING.exec(after)?.[1] ??
        BEFORE_COLON.exec(before)?.[1] ??
        WITH_ADDING.exec(before)?.[1] ??
        (SAYING.test(before) ? subjectOf(before) : undefined) ??
        ENDING_SPEAKER.exec(endSentence.text)?.[1] ??
        ACCORDING.exec(endSentence.text)?.[1] ??
        MIDDLE_SPEAKER.exec(endSentence.text)?.[1] ??
        CHARACTERISED.exec(before)?.[1] ??
        subjectSaid(before, startSentence.index);
      phrase = phrase?.replace(/^(?:and|but|as|while|with)\s+/i, "").trim();
      // "… “dangerous” and said the union would ...": no speaker there; look before the quote.
      if (phrase !== undefined && (phrase === "" || /^(and|but|or|as|while|with|then|also)$/i.test(phrase))) phrase = CHARACTERISED.exec(before)?.[1] ?? BEFORE_COLON.exec(before)?.[1];
      if (phrase && (phrase.split(/\s+/).length > MAX_SPEAKER_WORDS || /^(it|this|that|there)$/i.test(phrase))) phrase = undefined;
      // "with the first adding": the earlier speaker called "the first ..." ("the first official").
      const ordinal = phrase ? /^the (first|second|third)$/i.exec(phrase)?.[1].toLowerCase() : undefined;
      const named = ordinal ? [...quotes].reverse().find((x) => new RegExp(`\\b${ordinal}\\b`, "i").test(x.speaker) && x.speaker.split(/\s+/).length > 2) : undefined;
      if (named) phrase = named.speaker;

      let speaker: string | undefined;
      let person: Person | undefined;
      if (phrase && PRONOUN.test(phrase)) {
        // "he": the person named earlier in the same sentence, else the last quote's speaker in the
        // paragraph, else the last person named before.
        person =
          personBefore(startSentence.index, span.start - startSentence.offset) ??
          (previous?.personId ? people.find((p) => p.id === previous!.personId) : undefined) ??
          lastPersonBefore(startSentence.index) ??
          lastNamedSpeaker;
        speaker = person?.name ?? previous?.speaker;
      } else if (phrase) {
        person = personIn(phrase, startSentence.index, endSentence.index);
        speaker = person?.name ?? phrase;
      } else if (previous && (previous.lastSentence ?? previous.sentence) >= startSentence.index - 1) {
        // The second half of a split quote: “First,” X said. “Second.” (The first may run over two sentences.)
        speaker = previous.speaker;
        person = previous.personId ? people.find((p) => p.id === previous!.personId) : undefined;
      }
      if (!speaker) continue;
      const quote: Quote = {
        text: span.text.replace(/[,\s]+$/, ""),
        speaker,
        sentence: startSentence.index,
        ...(endSentence.index > startSentence.index ? { lastSentence: endSentence.index } : {}),
        ...(person ? { personId: person.id } : {}),
      };
      quotes.push(quote);
      previous = quote;
      if (person) lastNamedSpeaker = person;
    }
  }
  return quotes;
}

function sentenceAt(sentences: QuoteSentence[], offset: number): QuoteSentence | undefined {
  return sentences.find((s) => offset >= s.offset && offset < s.offset + s.text.length + 1) ?? sentences[sentences.length - 1];
}

/** The subject at the start of a sentence: "Ambassador Cui similarly downplayed ... saying," -> "Ambassador Cui". */
function subjectOf(text: string): string | undefined {
  const m = /^\s*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*|(?:the|a|an)\s+[a-z ]{1,40}?(?=\s+[a-z]+ed\b))/.exec(text);
  return m?.[1];
}

/** Who a sentence without quotation marks is attributed to: "..., according to X." or "..., X said." */
export function attributionOf(sentence: string): string | undefined {
  const phrase = ACCORDING.exec(sentence)?.[1] ?? ENDING_SPEAKER.exec(sentence)?.[1] ?? MIDDLE_SPEAKER.exec(sentence)?.[1];
  const cleaned = phrase?.replace(/^(?:and|but|as|while|with)\s+/i, "").trim();
  return cleaned && cleaned.split(/\s+/).length <= MAX_SPEAKER_WORDS ? cleaned : undefined;
}
