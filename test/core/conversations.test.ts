import { describe, expect, it } from "vitest";
import { ConversationStore } from "../../src/core/conversations.ts";

describe("the conversation store", () => {
  it("keeps what a conversation was about and hands it out as question context", () => {
    const store = new ConversationStore(() => new Date(0));
    store.update("slack:T1", { people: ["p:a"], sides: ["s:x"], question: "who is A?" });
    expect(store.context("slack:T1")).toEqual({ people: ["p:a"], sides: ["s:x"], previousQuestion: "who is A?" });
    expect(store.context("slack:T2")).toEqual({});
  });

  it("keeps earlier people when a turn names none", () => {
    const store = new ConversationStore(() => new Date(0));
    store.update("c", { people: ["p:a"], question: "q1" });
    store.update("c", { question: "q2" });
    expect(store.context("c")).toEqual({ people: ["p:a"], previousQuestion: "q2" });
  });

  it("forgets a conversation after its time to live", () => {
    let now = 0;
    const store = new ConversationStore(() => new Date(now), { ttlMs: 1000 });
    store.update("c", { question: "q" });
    now = 1000;
    expect(store.get("c")).toBeDefined();
    now = 1001;
    expect(store.get("c")).toBeUndefined();
  });

  it("holds a bounded number of conversations, forgetting the least recently used", () => {
    const store = new ConversationStore(() => new Date(0), { maxConversations: 3 });
    for (const c of ["a", "b", "c"]) store.update(c, { question: c });
    store.update("a", { question: "a again" });
    store.update("d", { question: "d" });
    expect(store.size).toBe(3);
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")?.previousQuestion).toBe("a again");
  });
});
