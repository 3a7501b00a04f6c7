/**
 * The pipeline: parse → check → structure → cross-language parity → number → link → render.
 * Takes file contents (not paths) so tests can feed fixtures; `load.ts` does the reading.
 */
import { FIGURE_NAMES } from "../shared/figures/registry";
import { routes } from "../shared/routes";
import type { ChapterId, ConceptId, ConceptSummary, ContentProblem, EntityEntry, EntityKind, FigureEntry, FigurePlace, Lang, PageData, PaperEntry, Preview, SectionId, Toc } from "../shared/types";
import { ENTITY_KINDS, LANGS } from "../shared/types";
import { entityEntry, entityPreview, paperPreview } from "./catalogue";
import { bibliography, computeCitedIn, paperRef } from "./citations";
import { computeDiscussedIn } from "./discussed-in";
import { checkAliases, type EntityRecord, readEntities } from "./entities";
import { linkMentions, mentionMatcher } from "./mention-links";
import { chapterPlaces, conceptPlaces } from "./places";
import { type Reference, readReferences } from "./references";
import { computeBacklinks } from "./backlinks";
import { conceptSummaries } from "./concept-index";
import { layoutConceptMap, type MapLayout } from "./concept-map";
import { type ChapterDoc, type ConceptDoc, readChapter, readConcept } from "./documents";
import { checkTerminology, readGlossary } from "./glossary";
import { checkFigureParity, figureAnchor, type FigurePlacement, placeFigures, rejectFigures } from "./figures";
import type { HeadingInfo } from "./headings";
import { type LinkTargets, type ResolvedLink, resolveLinks } from "./links";
import { checkParity } from "./parity";
import { parseMarkdown } from "./parse";
import { buildPreviews } from "./previews";
import { Problems } from "./problems";
import { renderPage } from "./render";
import { buildToc, indexSections, type SectionPlace } from "./toc";

export interface SourceFile {
  /** Path relative to the project root, e.g. content/en/04-pre-training.md. */
  path: string;
  source: string;
}

export interface ContentInput {
  /**
   * Markdown files under content/{lang}/ and content/{lang}/concepts/, and the data files
   * content/references.json, content/models.json, datasets.json and benchmarks.json.
   */
  files: SourceFile[];
  /** content/glossary.json: one term per concept, and the variants the text must not use. */
  glossary?: SourceFile;
}

export interface BuiltPage extends PageData {
  hasMath: boolean;
}

/** A link in a page, kept for later stages (backlinks, search). */
export interface PageLink extends ResolvedLink {
  lang: Lang;
  page: string;
}

export interface Book {
  tocs: Record<Lang, Toc>;
  chapters: Record<Lang, ChapterDoc[]>;
  concepts: Record<Lang, ConceptDoc[]>;
  pages: BuiltPage[];
  links: PageLink[];
  conceptIndex: Record<Lang, ConceptSummary[]>;
  previews: Record<Lang, Record<string, Preview>>;
  conceptMap: MapLayout;
  /** The bibliography and the catalogues, per language, with where each item is cited or named. */
  papers: Record<Lang, PaperEntry[]>;
  entities: Record<Lang, Record<EntityKind, EntityEntry[]>>;
  /** How many first-mention links the build added (both languages). */
  mentionLinks: number;
  /** Not errors, but worth a look: papers nothing cites, entities nothing names. */
  warnings: string[];
  /** Every figure of the registry, with where the book places and mentions it. */
  figures: Record<Lang, FigureEntry[]>;
  problems: ContentProblem[];
}

const CHAPTER_FILE = /^content\/(en|zh)\/(\d{2})-([a-z0-9-]+)\.md$/;
const CONCEPT_FILE = /^content\/(en|zh)\/concepts\/([a-z0-9-]+)\.md$/;
export const REFERENCES_FILE = "content/references.json";
export const ENTITY_FILES: Record<EntityKind, string> = { model: "content/models.json", dataset: "content/datasets.json", benchmark: "content/benchmarks.json" };

export function buildBook(input: ContentInput): Book {
  const problems = new Problems();
  const chapters = { en: [], zh: [] } as Record<Lang, ChapterDoc[]>;
  const concepts = { en: [], zh: [] } as Record<Lang, ConceptDoc[]>;

  const dataFile = (path: string) => input.files.find((f) => f.path === path);
  const referenceList = readReferences(REFERENCES_FILE, dataFile(REFERENCES_FILE)?.source ?? "[]", problems);
  const references = new Map(referenceList.map((r) => [r.id, r]));
  const entityRecords = ENTITY_KINDS.flatMap((kind) => {
    const file = dataFile(ENTITY_FILES[kind]);
    return file ? readEntities(kind, file.path, file.source, new Set(references.keys()), problems) : [];
  });
  checkAliases(entityRecords, problems);
  const dataPaths = new Set<string>([REFERENCES_FILE, ...Object.values(ENTITY_FILES)]);

  for (const { path, source } of [...input.files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (dataPaths.has(path)) continue;
    const chapterMatch = CHAPTER_FILE.exec(path);
    const conceptMatch = CONCEPT_FILE.exec(path);
    if (!chapterMatch && !conceptMatch) {
      problems.add(path, undefined, "unexpected file name: expected content/{en,zh}/NN-chapter-id.md or content/{en,zh}/concepts/concept-id.md");
      continue;
    }
    const lang = (chapterMatch ?? conceptMatch)?.[1] as Lang;
    const parsed = parseMarkdown(path, source, problems);
    if (chapterMatch) {
      const number = Number(chapterMatch[2]);
      const chapter = readChapter(parsed, lang, { id: chapterMatch[3] ?? "", number }, problems);
      if (chapter.meta.number !== number) {
        problems.add(path, chapter.frontMatter.placeOf("number"), `chapter number ${chapter.meta.number} does not match the file name: expected ${number}`);
      }
      chapters[lang].push(chapter);
    } else {
      const id = conceptMatch?.[2] ?? "";
      const concept = readConcept(parsed, lang, id, problems);
      if (concept.meta.id !== id) {
        problems.add(path, concept.frontMatter.placeOf("id"), `concept id "${concept.meta.id}" does not match the file name: expected "${id}"`);
      }
      concepts[lang].push(concept);
    }
  }

  checkTerminology(input.files, readGlossary(input.glossary, problems), problems);

  for (const lang of LANGS) {
    chapters[lang].sort((a, b) => a.meta.number - b.meta.number);
    checkChapterSequence(chapters[lang], problems);
    checkUniqueIds(chapters[lang], concepts[lang], problems);
  }
  checkParity(chapters, concepts, problems);

  const matcher = mentionMatcher(entityRecords);
  let mentionLinks = 0;
  for (const lang of LANGS) mentionLinks += linkMentions(chapters[lang], matcher);
  const entityIds = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Set(entityRecords.filter((e) => e.kind === k).map((e) => e.id))])) as LinkTargets["entities"];
  const aliasKeys = new Map(entityRecords.flatMap((r) => r.aliases.map((a) => [a, `${r.kind}:${r.id}`] as const)));
  const papers = {} as Book["papers"];
  const entities = {} as Book["entities"];
  // Figures are checked, numbered and marked for rendering before the pages are rendered.
  const placements = {} as Record<Lang, FigurePlacement[]>;
  for (const lang of LANGS) {
    placements[lang] = [];
    for (const chapter of chapters[lang]) placements[lang].push(...placeFigures(chapter, problems, placements[lang]));
    for (const concept of concepts[lang]) rejectFigures(concept.file, concept.body, problems);
  }
  checkFigureParity(placements, problems);
  const tocs = {} as Record<Lang, Toc>;
  const previews = {} as Book["previews"];
  const conceptIndex = {} as Book["conceptIndex"];
  const pages: BuiltPage[] = [];
  const links: PageLink[] = [];
  const figures = {} as Book["figures"];
  for (const lang of LANGS) {
    const toc = buildToc(lang, chapters[lang]);
    tocs[lang] = toc;
    const targets: LinkTargets = {
      lang,
      sections: indexSections(toc),
      concepts: new Set(concepts[lang].map((c) => c.meta.id)),
      references,
      entities: entityIds,
    };
    checkRelated(concepts[lang], targets.concepts, problems);
    const numberOf = (id: string) => targets.sections.get(id)?.number ?? null;
    const addPage = (kind: PageData["kind"], id: string, route: string, file: string, nodes: ChapterDoc["opening"], headings: HeadingInfo[], numbered: boolean) => {
      const page = `${lang}/${kind}/${id}`;
      const resolved = resolveLinks(file, nodes, targets, problems, route);
      for (const link of resolved) links.push({ ...link, lang, page });
      const cited = numberCitations(resolved, references);
      const rendered = renderPage(
        { file, lang, nodes, headings: headings.map((info) => ({ info, number: numbered ? numberOf(info.id) : null })) },
        problems,
      );
      const onPage =
        kind === "section" ? placements[lang].filter((p) => p.sectionId === id)
        : kind === "chapter" ? placements[lang].filter((p) => p.sectionId === null && p.file === file)
        : [];
      pages.push({
        lang,
        kind,
        id,
        ...rendered,
        previews: {},
        ...(cited.length > 0 ? { references: cited.map(paperRef) } : {}),
        ...(onPage.length > 0 ? { figures: onPage.map((p) => p.name) } : {}),
      });
    };
    for (const chapter of chapters[lang]) {
      const chapterId = chapter.meta.id as ChapterId;
      addPage("chapter", chapter.meta.id, routes.chapter(lang, chapterId), chapter.file, chapter.opening, [], true);
      for (const section of chapter.sections) {
        const route = routes.section(lang, chapterId, section.heading.id as SectionId);
        addPage("section", section.heading.id, route, chapter.file, [section.heading.node, ...section.nodes], [section.heading, ...section.subsections], true);
      }
    }
    for (const concept of concepts[lang]) {
      addPage("concept", concept.meta.id, routes.concept(lang, concept.meta.id as ConceptId), concept.file, concept.body, concept.headings, false);
    }
    conceptIndex[lang] = conceptSummaries(lang, concepts);
    const backlinks = computeBacklinks(lang, toc, chapters[lang], concepts[lang]);
    for (const page of pages) {
      const summary = conceptIndex[lang].find((c) => c.id === page.id);
      const found = backlinks.get(page.id);
      if (page.lang === lang && page.kind === "concept" && summary && found) page.concept = { summary, backlinks: found };
    }
    figures[lang] = figureEntries(lang, placements[lang], links.filter((l) => l.lang === lang), targets.sections, concepts[lang]);
    previews[lang] = buildPreviews(lang, toc, chapters[lang], concepts[lang]);
    const places = chapterPlaces(lang, toc, chapters[lang]);
    papers[lang] = bibliography(referenceList, computeCitedIn([...places, ...conceptPlaces(lang, concepts[lang])]));
    entities[lang] = catalogues(lang, entityRecords, references, computeDiscussedIn(lang, places, aliasKeys));
    for (const paper of papers[lang]) previews[lang][`cite:${paper.id}`] = paperPreview(lang, paper);
    for (const kind of ENTITY_KINDS) for (const entry of entities[lang][kind]) previews[lang][`${kind}:${entry.id}`] = entityPreview(lang, entry);
    attachPreviews(pages.filter((p) => p.lang === lang), links, previews[lang]);
  }
  const conceptMap = layoutConceptMap(concepts.en, conceptToConcept(links.filter((l) => l.lang === "en")));
  const warnings = [
    ...papers.en.filter((p) => p.citedIn.length === 0).map((p) => `${REFERENCES_FILE}:${references.get(p.id)?.place.line ?? 1}:${references.get(p.id)?.place.column ?? 1}: paper "${p.id}" is cited nowhere`),
    ...entityRecords.filter((r) => entities.en[r.kind].find((e) => e.id === r.id)?.discussedIn.length === 0).map((r) => `${r.file}:${r.place.line}:${r.place.column}: ${r.kind} "${r.id}" is named in no section`),
  ];
  return { tocs, chapters, concepts, pages, links, conceptIndex, previews, conceptMap, papers, entities, mentionLinks, warnings, figures, problems: problems.list };
}

/**
 * A page's citations numbered in order of first citation ([1], [2]…, the marks its References list
 * uses); returns the cited papers in that order.
 */
function numberCitations(resolved: ResolvedLink[], references: Map<string, Reference>): Reference[] {
  const order: string[] = [];
  for (const link of resolved) {
    if (link.kind !== "cite") continue;
    if (!order.includes(link.target)) order.push(link.target);
    const properties = link.node.data?.hProperties ?? {};
    link.node.data = { ...link.node.data, hProperties: { ...properties, dataMark: String(order.indexOf(link.target) + 1) } };
  }
  return order.map((id) => references.get(id)).filter((r): r is Reference => r !== undefined);
}

function catalogues(lang: Lang, records: EntityRecord[], references: Map<string, Reference>, discussedIn: Map<string, EntityEntry["discussedIn"]>): Record<EntityKind, EntityEntry[]> {
  const result = {} as Record<EntityKind, EntityEntry[]>;
  for (const kind of ENTITY_KINDS) {
    result[kind] = records.filter((r) => r.kind === kind).map((r) => entityEntry(lang, r, references, discussedIn.get(`${kind}:${r.id}`) ?? []));
  }
  return result;
}

/** Each figure's own page: where it is placed and which pages link to it. */
function figureEntries(lang: Lang, placements: FigurePlacement[], links: PageLink[], sections: Map<string, SectionPlace>, concepts: ConceptDoc[]): FigureEntry[] {
  const sectionPlace = (id: string, anchor?: string): FigurePlace | null => {
    const place = sections.get(id);
    if (!place) return null;
    const page = place.page ? routes.section(lang, place.chapter.id, place.page.id) : routes.chapter(lang, place.chapter.id);
    return { href: anchor ? `${page}#${anchor}` : page, number: place.number, title: place.title };
  };
  const pagePlace = (pageKey: string): FigurePlace | null => {
    const [, kind, id = ""] = pageKey.split("/");
    if (kind === "concept") {
      const concept = concepts.find((c) => c.meta.id === id);
      return concept ? { href: routes.concept(lang, id as ConceptId), number: null, title: concept.meta.title } : null;
    }
    return sectionPlace(id);
  };
  return FIGURE_NAMES.map((name) => {
    const placed = placements.find((p) => p.name === name);
    const chapterId = placed ? [...sections.values()].find((s) => !s.page && s.chapter.number === Number(placed.number.split(".")[0]))?.chapter.id : undefined;
    const placement = placed ? sectionPlace(placed.headingId ?? chapterId ?? "", figureAnchor(name)) : null;
    const seen = new Set<string>();
    const mentions: FigurePlace[] = [];
    for (const link of links) {
      if (link.kind !== "figure" || link.target !== name || seen.has(link.page)) continue;
      seen.add(link.page);
      const place = pagePlace(link.page);
      if (place) mentions.push(place);
    }
    return { name, number: placed?.number ?? null, placement, mentions };
  });
}

/**
 * Each page carries the cards for its own links (and a concept page for its related and linking
 * concepts), so a hover never waits for a download.
 */
function attachPreviews(pages: BuiltPage[], links: PageLink[], previews: Record<string, Preview>): void {
  const byPage = new Map(pages.map((p) => [`${p.lang}/${p.kind}/${p.id}`, p]));
  const attach = (page: BuiltPage | undefined, key: string) => {
    const preview = previews[key];
    if (page && preview) page.previews[key] = preview;
  };
  for (const link of links) attach(byPage.get(link.page), `${link.kind}:${link.target}`);
  for (const page of pages) {
    for (const id of [...(page.concept?.summary.related ?? []), ...(page.concept?.backlinks.linkedFrom ?? [])]) attach(page, `concept:${id}`);
  }
}

/** Which concepts each concept page links to. */
function conceptToConcept(links: PageLink[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const link of links) {
    const [, kind, from] = link.page.split("/");
    if (kind !== "concept" || link.kind !== "concept" || !from) continue;
    map.set(from, (map.get(from) ?? new Set()).add(link.target));
  }
  return map;
}

function checkChapterSequence(chapters: ChapterDoc[], problems: Problems): void {
  chapters.forEach((chapter, i) => {
    if (chapter.meta.number !== i + 1) {
      problems.add(chapter.file, chapter.frontMatter.placeOf("number"), `chapter number ${chapter.meta.number} is out of sequence: expected ${i + 1} (chapters are numbered 1, 2, 3… without gaps)`);
    }
  });
}

function checkUniqueIds(chapters: ChapterDoc[], concepts: ConceptDoc[], problems: Problems): void {
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, at: { line: number; column: number } | undefined, scope: Map<string, string>) => {
    const earlier = scope.get(id);
    if (earlier) problems.add(file, at, `duplicate id "${id}": expected ids to be unique, already used at ${earlier}`);
    else scope.set(id, `${file}:${at?.line ?? 1}:${at?.column ?? 1}`);
  };
  for (const chapter of chapters) {
    claim(chapter.meta.id, chapter.file, chapter.frontMatter.placeOf("id"), seen);
    for (const section of chapter.sections) {
      for (const h of [section.heading, ...section.subsections]) claim(h.id, chapter.file, h.node.position?.start, seen);
    }
  }
  for (const concept of concepts) {
    const onPage = new Map<string, string>();
    for (const h of concept.headings) claim(h.id, concept.file, h.node.position?.start, onPage);
  }
}

function checkRelated(concepts: ConceptDoc[], known: Set<string>, problems: Problems): void {
  for (const concept of concepts) {
    concept.meta.related.forEach((id, i) => {
      if (!known.has(id)) problems.add(concept.file, concept.frontMatter.placeOf(`related.${i}`), `unknown concept "${id}" in related: expected an id of a file in content/${concept.lang}/concepts/`);
    });
  }
}
