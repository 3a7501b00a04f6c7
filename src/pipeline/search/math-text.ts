/**
 * TeX → a readable line of plain text, for the search index and its snippets: `N_{kv}` reads
 * "N_kv", `\frac{2}{3}` "2/3", `\mathcal{D}` "D", `\langle 输入，输出 \rangle` "⟨输入，输出⟩".
 *
 * KaTeX does the parsing: its MathML output already has every command turned into Unicode (α, ≈,
 * ⟨ …) and the structure explicit (msub, mfrac …). We only write that tree out linearly. A formula
 * KaTeX can't parse (the content check reports those) falls back to its source.
 */
import type { Element, ElementContent, Root } from "hast";
import { fromHtmlIsomorphic } from "hast-util-from-html-isomorphic";
import katex from "katex";

// The same formula is in both editions (and often several times): typeset each once per process.
const cache = new Map<string, string>();

export function mathText(tex: string): string {
  let text = cache.get(tex);
  if (text === undefined) {
    text = convert(tex);
    cache.set(tex, text);
  }
  return text;
}

function convert(tex: string): string {
  let html: string;
  try {
    html = katex.renderToString(tex, { output: "mathml", throwOnError: true, strict: "ignore" });
  } catch {
    return tex.trim();
  }
  const root: Root = fromHtmlIsomorphic(html, { fragment: true });
  const math = findElement(root.children, "semantics");
  // The first child of <semantics> is the formula; the second, the TeX annotation.
  const formula = math?.children.find(isElement);
  // NFC: "y" + combining circumflex → "ŷ"; KaTeX's divides sign ∣ reads as the ASCII bar a reader types.
  return tidy(formula ? write(formula) : "").normalize("NFC").replace(/∣/g, "|");
}

/** Operators that read better with a space on each side: relations and binary operators. */
const SPACED = new Set("=≈≠<>≤≥≪≫∼≃≅≡∝∈∉⊂⊆⊃⊇→←↔⇒⇐⇔↦⟶+−±∓×·⋅∘⊙⊗⊕∪∩∣".split(""));
/** Accents over a letter, as combining marks: \hat{y} → ŷ (search folds it back to y). */
const COMBINING: Record<string, string> = { "^": "\u0302", "~": "\u0303", "ˉ": "\u0304", "¯": "\u0304", "˙": "\u0307", "¨": "\u0308", "→": "\u20d7" };
/** A sub- or superscript that is one word needs no parentheses: N_kv, x^2; x_(i+1) does. */
const ONE_WORD = /^[\p{L}\p{N}\p{M}′″*∗†⊤]+$/u;
/** U+2061 FUNCTION APPLICATION: "log⁡ x" reads "log x", "softmax⁡(x)" "softmax(x)". */
const FUNCTION_APPLICATION = "\u2061";
/** Invisible times, separator and plus: markers, not text. */
const INVISIBLE = /[\u2062-\u2064]/g;
/** Elements whose text ends or starts with a script, a fraction or a function name. */
const COMPOUND = new Set(["msub", "msup", "msubsup", "munder", "mover", "munderover", "mfrac", "msqrt", "mroot"]);
const BIG_OPERATOR = /^[∑∏∫∮⋃⋂]$/;

function write(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  const kids = node.children.filter(isElement);
  const at = (i: number) => (kids[i] ? write(kids[i]) : "");
  switch (node.tagName) {
    case "mo": {
      const op = textOf(node).replace(INVISIBLE, "");
      return SPACED.has(op) ? ` ${op} ` : op === "," ? ", " : op;
    }
    case "mi":
    case "mn":
    case "ms":
      return textOf(node);
    case "mtext":
      return textOf(node).replace(/\u00a0/g, " ");
    case "mspace":
      return " ";
    case "mphantom":
    case "annotation":
      return "";
    case "msub":
      return at(0) + script("_", at(1));
    case "msup":
      // L^′ reads L′.
      return at(0) + (/^[′″‴]$/.test(at(1)) ? at(1) : script("^", at(1)));
    case "msubsup":
      return at(0) + script("_", at(1)) + script("^", at(2));
    case "munder":
      return stretched(kids[1]) ? at(0) : at(0) + script("_", at(1));
    case "mover":
      return overAccent(node, at(0), kids[1]) ?? at(0) + script("^", at(1));
    case "munderover":
      return at(0) + script("_", at(1)) + script("^", at(2));
    case "mfrac":
      return `${grouped(at(0))}/${grouped(at(1))}`;
    case "msqrt":
      return `√${grouped(kids.map(write).join(""))}`;
    case "mroot":
      return `${script("", at(1))}√${grouped(at(0))}`;
    case "mtable":
      return kids.map(write).join("; ");
    case "mtr":
      return kids.map(write).join(" ");
    default:
      // mrow, mstyle, mpadded, menclose, mtd …: their children in order.
      return joined(node.children);
  }
}

/**
 * Children side by side. A product of letters stays together (2P, BTH), but a script, a fraction
 * or a function name is set apart from a letter beside it: "W_0 x", "α/r BAx", "β log", not "W_0x".
 */
function joined(children: ElementContent[]): string {
  let out = "";
  let previous: ElementContent | null = null;
  for (const child of children) {
    const text = write(child);
    if (!text) continue;
    if (previous && (compound(previous) || compound(child)) && /[\p{L}\p{N})\]′]$/u.test(out) && /^[\p{L}\p{N}√∑∏∫]/u.test(text)) out += " ";
    out += text;
    previous = child;
  }
  return out;
}

function compound(node: ElementContent): boolean {
  if (node.type !== "element") return false;
  if (COMPOUND.has(node.tagName)) return true;
  const text = textOf(node);
  return (node.tagName === "mi" && Array.from(text).length > 1) || (node.tagName === "mo" && BIG_OPERATOR.test(text));
}

function script(mark: string, body: string): string {
  const text = tidy(body);
  if (!text) return "";
  return mark + (ONE_WORD.test(text) || wrapped(text) ? text : `(${text})`);
}

/** A fraction's part in parentheses when it is more than one term: (a + b)/c, but 2/3. */
function grouped(body: string): string {
  const text = tidy(body);
  return /[\s/]/.test(text) && !wrapped(text) ? `(${text})` : text;
}

/** "(l)" or "(x + y)": already in one pair of parentheses, so "^(l)" needs no second pair. */
function wrapped(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** \hat{y} → ŷ; a wide accent or an over-brace adds nothing a reader searches for. */
function overAccent(node: Element, base: string, over: ElementContent | undefined): string | null {
  const accent = node.properties.accent === "true" || node.properties.accent === true;
  if (!accent && !stretched(over)) return null;
  const mark = over && over.type === "element" ? COMBINING[textOf(over)] : undefined;
  const text = tidy(base);
  return mark && Array.from(text).length === 1 ? text + mark : text;
}

function stretched(node: ElementContent | undefined): boolean {
  return node?.type === "element" && node.tagName === "mo" && (node.properties.stretchy === "true" || node.properties.stretchy === true);
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  return node.type === "element" ? node.children.map(textOf).join("") : "";
}

/** Spaces collapsed; "log⁡ x" reads "log x", "softmax⁡(x)" "softmax(x)". */
function tidy(text: string): string {
  return text
    .replace(new RegExp(`${FUNCTION_APPLICATION}\\s*(?=[(\\[])`, "g"), "")
    .replace(new RegExp(FUNCTION_APPLICATION, "g"), " ")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    // A sign (−1, (−0.076), = −E) stays with its number; a script with its base (max_θ, ∥x∥_2).
    .replace(/(^|[([{,_^]|[=≈<>≤≥] )\s*([−+±]) /g, "$1$2")
    .replace(/ (?=[_^])/g, "")
    .replace(/\( /g, "(")
    .replace(/ \)/g, ")")
    .replace(/ ,/g, ",")
    .trim();
}

function isElement(node: ElementContent | Root["children"][number]): node is Element {
  return node.type === "element";
}

function findElement(nodes: Root["children"] | ElementContent[], tagName: string): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (node.tagName === tagName) return node;
    const found = findElement(node.children, tagName);
    if (found) return found;
  }
  return undefined;
}
