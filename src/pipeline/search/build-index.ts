/** Documents → FlexSearch index (built here, exported, packed) + document store: one language's SearchData. */
import { createSearchIndex, indexedTerms } from "../../shared/search/encoder";
import { pack } from "../../shared/search/pack";
import type { SearchData, SearchDoc } from "../../shared/search/types";
import type { Lang } from "../../shared/types";
import { corpusStats, docTerms, termSlot } from "./score";

/** A document as the build knows it: with its text, which the browser loads separately. */
export interface IndexedDoc extends SearchDoc {
  text: string;
  /** Bold run-in heads in the text: scored like the title (what the paragraph is about), not shipped. */
  leads: string[];
}

/** The text FlexSearch indexes for a document: names first, then body, in one field (search-notes §3). */
export function indexedText(doc: IndexedDoc): { head: string; all: string } {
  const head = [doc.title, ...doc.names].join("\n");
  return { head, all: `${head}\n${doc.text}` };
}

/**
 * What scores as the document's head (score.ts's slot 0). A paper's title is a sentence: its
 * words say what the paper is about, not what it is called, so only its short name counts
 * (see rank.ts's `capped`); its title's words are scored as text, and the book's own pages that
 * discuss them rank first.
 */
function scoredHead(doc: IndexedDoc): string[] {
  return doc.kind === "paper" ? doc.names : [doc.title, ...doc.names, ...doc.leads];
}

export function buildSearchData(lang: Lang, docs: IndexedDoc[]): SearchData {
  const texts = docs.map(indexedText);
  const terms = texts.map(({ all }, i) => docTerms(indexedTerms(scoredHead(docs[i]!).join("\n")), indexedTerms(all)));
  const corpus = corpusStats(terms);
  // FlexSearch calls `score` synchronously inside `add`, for the document being added.
  let current = 0;
  const index = createSearchIndex("indexing", (_content, term) => termSlot(terms[current]!, corpus, term));
  for (current = 0; current < docs.length; current++) index.add(current, texts[current]!.all);
  const exported: [string, unknown][] = [];
  index.export((key, data) => {
    exported.push([key, JSON.parse(data)]);
  });
  return { lang, index: pack(exported), docs: docs.map(withoutText) };
}

function withoutText({ text: _text, leads: _leads, ...doc }: IndexedDoc): SearchDoc {
  return doc;
}
