import { describe, expect, it } from "vitest";
import { initials, liveAction, presenceBySentence, presentPeople } from "@/components/live/live-actions";
import type { SentenceView } from "@/lib/api-types";
import type { LiveEventView, PresenceView } from "@/lib/live-events";

const sentence = { id: 7, version: 3, text: "New text." } as SentenceView;
const by = { id: 2, name: "Anna Berg", email: "a@x" };
const base: LiveEventView = { id: 1, articleId: 1, type: "sentence", action: "EDIT", sentenceId: 7, version: 3, targetId: null, by, at: "" };

describe("liveAction", () => {
  it("applies a save in place and a split or merge as a structure change", () => {
    expect(liveAction({ ...base, sentence })).toEqual({ type: "sentenceChanged", sentence, by });
    expect(liveAction({ ...base, action: "SPLIT", sentence, removed: true })).toEqual({ type: "structureChanged", removed: [7], sentences: [] });
    expect(liveAction({ ...base, action: "MERGE", sentence, removed: false })).toEqual({ type: "structureChanged", removed: [], sentences: [sentence] });
    expect(liveAction(base)).toBeNull();
  });

  it("asks for a reload of the panel a comment, annotation, workflow or presence event concerns", () => {
    expect(liveAction({ ...base, type: "comment", action: "added" })).toEqual({ type: "reload", what: "comments" });
    expect(liveAction({ ...base, type: "annotation", action: "changed" })).toEqual({ type: "reload", what: "annotations" });
    expect(liveAction({ ...base, type: "workflow", action: "moved" })).toEqual({ type: "reload", what: "workflow" });
    expect(liveAction({ ...base, type: "presence", action: "left" })).toEqual({ type: "reload", what: "presence" });
  });
});

describe("presence", () => {
  const row = (userId: number, name: string, tabId: string, sentenceId: number | null): PresenceView => ({ userId, name, tabId, sentenceId, seenAt: "" });
  it("groups people by sentence, once per person however many tabs", () => {
    const list = [row(1, "Anna Berg", "t1", 5), row(1, "Anna Berg", "t2", 5), row(2, "Ben", "t3", 6), row(3, "Cy", "t4", null)];
    expect(presenceBySentence(list)).toEqual({ 5: [{ id: 1, name: "Anna Berg", email: "" }], 6: [{ id: 2, name: "Ben", email: "" }] });
    expect(presentPeople(list)).toEqual([{ id: 1, name: "Anna Berg" }, { id: 2, name: "Ben" }, { id: 3, name: "Cy" }]);
  });

  it("shows initials", () => {
    expect([initials("Anna Maria Berg"), initials("ben"), initials("  ")]).toEqual(["AB", "B", "?"]);
  });
});
