import type { QuestionContext } from "../qa/types.ts";

/** What one conversation was last about, for follow-up questions. */
export interface ConversationState {
  /** Person ids, most recent first. */
  people: string[];
  /** Side ids, most recent first. */
  sides: string[];
  previousQuestion?: string;
  /** When the conversation was last used (ms since epoch, by the injected clock). */
  updatedAt: number;
}

/** Options of {@link ConversationStore}. */
export interface ConversationOptions {
  /** How long a conversation is remembered after its last message, in ms. Default 30 minutes. */
  ttlMs?: number;
  /** How many conversations are remembered at once; the least recently used is forgotten first. Default 1000. */
  maxConversations?: number;
}

/**
 * Small, bounded, in-memory follow-up state per conversation. Time comes from the injected clock,
 * so expiry is deterministic in tests.
 */
export class ConversationStore {
  private readonly states = new Map<string, ConversationState>();
  private readonly ttlMs: number;
  private readonly max: number;

  constructor(private readonly clock: () => Date, options: ConversationOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60 * 1000;
    this.max = Math.max(1, options.maxConversations ?? 1000);
  }

  /** The state of a conversation, or undefined when it is new or has expired. */
  get(key: string): ConversationState | undefined {
    const state = this.states.get(key);
    if (!state) return undefined;
    if (this.now() - state.updatedAt > this.ttlMs) {
      this.states.delete(key);
      return undefined;
    }
    return state;
  }

  /** The question context for the answering engine. */
  context(key: string): QuestionContext {
    const state = this.get(key);
    if (!state) return {};
    const context: QuestionContext = {};
    if (state.people.length) context.people = [...state.people];
    if (state.sides.length) context.sides = [...state.sides];
    if (state.previousQuestion) context.previousQuestion = state.previousQuestion;
    return context;
  }

  /** Records what the latest turn was about; empty lists keep what the conversation had. */
  update(key: string, turn: { people?: string[]; sides?: string[]; question?: string }): void {
    const before = this.get(key);
    const state: ConversationState = {
      people: turn.people?.length ? dedupe(turn.people) : (before?.people ?? []),
      sides: turn.sides?.length ? dedupe(turn.sides) : (before?.sides ?? []),
      updatedAt: this.now(),
    };
    const question = turn.question ?? before?.previousQuestion;
    if (question) state.previousQuestion = question;
    this.states.delete(key);
    this.states.set(key, state);
    while (this.states.size > this.max) this.states.delete(this.states.keys().next().value as string);
  }

  /** How many conversations are remembered now (expired ones may still count until touched). */
  get size(): number {
    return this.states.size;
  }

  private now(): number {
    return this.clock().getTime();
  }
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)].slice(0, 8);
}
