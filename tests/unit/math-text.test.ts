/** Formulas as search indexes and quotes them (issue 11, item 11): readable text, never TeX. */
import { describe, expect, it } from "vitest";
import { mathText } from "../../src/pipeline/search/math-text";

describe("mathText", () => {
  it("writes the formulas the issue found in snippets as readable text", () => {
    expect(mathText("N_{kv}")).toBe("N_kv");
    expect(mathText("\\mathcal{D}")).toBe("D");
    expect(mathText("\\frac{2}{3}")).toBe("2/3");
    expect(mathText("\\langle 输入，输出 \\rangle")).toBe("⟨输入，输出⟩");
  });

  it("turns commands into their symbols and keeps the structure readable", () => {
    expect(mathText("L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N}")).toBe("L(N) = (N_c/N)^(α_N)");
    expect(mathText("\\frac{a + b}{2}")).toBe("(a + b)/2");
    expect(mathText("x_{i+1} \\approx 10^{-4}")).toBe("x_(i + 1) ≈ 10^(−4)");
    expect(mathText("\\hat{y}_t")).toBe("ŷ_t");
    expect(mathText("W_0 x + \\Delta W x")).toBe("W_0 x + ΔWx");
    expect(mathText("\\log \\frac{a}{b}")).toBe("log a/b");
    expect(mathText("\\operatorname{softmax}(x)")).toBe("softmax(x)");
    expect(mathText("\\sum_{i=1}^{n} x_i")).toBe("∑_(i = 1)^n x_i");
    expect(mathText("L^{\\prime} > L")).toBe("L′ > L");
    expect(mathText("\\sqrt{d_k}")).toBe("√d_k");
  });

  it("keeps the words of \\text in either language, and an over- or under-brace's label", () => {
    expect(mathText("\\text{FActScore}(y) = \\frac{1}{|A_y|}")).toBe("FActScore(y) = 1/|A_y|");
    expect(mathText("\\underbrace{2P}_{\\text{16 位权重}} = 16P \\text{ 字节}")).toBe("2P_(16 位权重) = 16P 字节");
    expect(mathText("\\theta_i = b^{-2(i-1)/d}, \\qquad b \\text{ 默认取 } 10000")).toBe("θ_i = b^(−2(i − 1)/d), b 默认取 10000");
  });

  it("never shows TeX: no backslash commands or braces remain", () => {
    for (const tex of ["\\mathbb{R}^{d \\times k}", "\\big( r(x, y)/\\beta \\big)", "\\binom{n}{k}", "\\tilde{x}", "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}"]) {
      expect(mathText(tex)).not.toMatch(/\\[a-zA-Z]|[{}]/);
    }
  });

  it("falls back to the source for a formula KaTeX can't parse (the content check reports it)", () => {
    expect(mathText("\\frac{1}{")).toBe("\\frac{1}{");
  });
});
