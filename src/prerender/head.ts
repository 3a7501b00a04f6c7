/** The head of a prerendered page, its sitemap entry and robots.txt: pure string builders. */
import { switchLangPath } from "../shared/routes";
import { LANGS, type Lang } from "../shared/types";
import type { PageMeta } from "./page-meta";

export interface Site {
  /** Where the site is served, e.g. "https://example.org" (no trailing slash). */
  origin: string;
  /** The sub-path the site is deployed under: "/" or "/llm-survey/". */
  base: string;
}

export const HTML_LANG: Record<Lang, string> = { en: "en", zh: "zh-CN" };
const OG_LOCALE: Record<Lang, string> = { en: "en_US", zh: "zh_CN" };

export function absoluteUrl(site: Site, path: string): string {
  return site.origin + site.base.replace(/\/$/, "") + path;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `<title>`, description, canonical, hreflang alternates, Open Graph and Twitter card tags. */
export function headTags(site: Site, path: string, meta: PageMeta, siteName: string): string {
  const url = absoluteUrl(site, path);
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    meta.indexable ? `<link rel="canonical" href="${url}" />` : `<meta name="robots" content="noindex" />`,
    ...(meta.indexable ? alternates(site, path).map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}" />`) : []),
    `<meta property="og:type" content="${path.split("/").length > 3 ? "article" : "website"}" />`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[meta.lang]}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeHtml(meta.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(meta.description)}" />`,
  ];
  return tags.join("\n    ");
}

/** The page in each language, and the language chooser at the root as x-default. */
export function alternates(site: Site, path: string): { hreflang: string; href: string }[] {
  return [
    ...LANGS.map((lang) => ({ hreflang: HTML_LANG[lang], href: absoluteUrl(site, switchLangPath(path, lang)) })),
    { hreflang: "x-default", href: absoluteUrl(site, "/") },
  ];
}

export function sitemap(site: Site, paths: string[]): string {
  const entries = paths.map((path) => {
    const links = alternates(site, path).map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`);
    return [`  <url>`, `    <loc>${absoluteUrl(site, path)}</loc>`, ...links, `  </url>`].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...entries,
    `</urlset>`,
    ``,
  ].join("\n");
}

export function robots(site: Site): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, "/sitemap.xml")}\n`;
}
