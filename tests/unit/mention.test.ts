import { describe, expect, it } from "vitest";
import { mentionHref, parseMention, sentenceAround } from "../../src/features/concepts/mention";

describe("landing on a concept's mention", () => {
  it("carries the concept and which of its links on the page, and reads them back", () => {
    const href = mentionHref("/en/pre-training/architecture/#typical-architectures", "kv-cache", 2);
    expect(href).toBe("/en/pre-training/architecture/?mention=kv-cache.2#typical-architectures");
    expect(parseMention(new URL(href, "http://x").searchParams.get("mention"))).toEqual({ conceptId: "kv-cache", occurrence: 2 });
    expect(mentionHref("/en/overview/", "lora", 0)).toBe("/en/overview/?mention=lora.0");
    for (const bad of [null, "", "lora", "lora.x", ".3"]) expect(parseMention(bad)).toBeNull();
  });

  it("finds the sentence around a link, in English and in Chinese", () => {
    const en = "LoRA adds low-rank updates. It freezes the base weights, and trains A and B only. Cheap.";
    expect(en.slice(...sentenceAround(en, en.indexOf("freezes"), "en"))).toBe("It freezes the base weights, and trains A and B only.");
    const zh = "低秩适配只训练两个小矩阵。它冻结原有权重，因而显存开销很小！其余不变。";
    expect(zh.slice(...sentenceAround(zh, zh.indexOf("冻结"), "zh"))).toBe("它冻结原有权重，因而显存开销很小！");
    expect(zh.slice(...sentenceAround(zh, 0, "zh"))).toBe("低秩适配只训练两个小矩阵。");
  });
});
