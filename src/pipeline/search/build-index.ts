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

export function buildSearchData(lang: Lang, docs: IndexedDoc[]): SearchData {
  const texts = docs.map(indexedText);
  const terms = texts.map(({ head, all }, i) => docTerms(indexedTerms([head, ...docs[i]!.leads].join("\n")), indexedTerms(all)));
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
