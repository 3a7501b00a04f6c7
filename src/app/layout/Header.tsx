import { Link, useLocation } from "wouter";
import { SearchLauncher } from "../../features/search/SearchLauncher";
import { ReadingSettingsControl } from "../../features/progress/ReadingSettingsControl";
import { routes, switchLangPath } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useReader } from "../store";
import type { ThemeChoice } from "../store/preferences-slice";
import { withBase } from "../base-path";
import { carryPlace, currentPlace } from "./reading-place";

const OTHER: Record<Lang, Lang> = { en: "zh", zh: "en" };
const THEMES: ThemeChoice[] = ["system", "light", "dark"];
const THEME_ICONS: Record<ThemeChoice, string> = { system: "◐", light: "☀", dark: "☾" };

export function Header({ lang, path }: { lang: Lang; path: string }) {
  const t = UI[lang];
  const [, navigate] = useLocation();
  const { theme, setTheme, setLang, drawerOpen, setDrawerOpen, reading, setReading } = useReader();
  const other = OTHER[lang];
  const otherHref = switchLangPath(path, other);
  const nextTheme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? "system";

  return (
    <header className="site-header">
      <button
        type="button"
        className="menu-button"
        aria-expanded={drawerOpen}
        aria-controls="sidebar"
        onClick={() => setDrawerOpen(!drawerOpen)}
      >
        <span aria-hidden="true">☰</span> <span className="narrow-hidden">{t.menu}</span>
      </button>
      <Link href={routes.home(lang)} className="site-title">
        {t.bookShort}
      </Link>
      <div className="header-tools">
        <SearchLauncher lang={lang} />
        <ReadingSettingsControl lang={lang} settings={reading} onChange={setReading} />
        <button
          type="button"
          className="theme-toggle"
          aria-label={t.themeButton(t.themeNames[theme], t.themeNames[nextTheme])}
          title={t.themeButton(t.themeNames[theme], t.themeNames[nextTheme])}
          onClick={() => setTheme(nextTheme)}
        >
          <span aria-hidden="true">{THEME_ICONS[theme]}</span>
        </button>
        <a
          href={withBase(otherHref)}
          lang={other === "zh" ? "zh-CN" : "en"}
          hrefLang={other}
          aria-label={t.switchLangLabel}
          className="lang-switch"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            setLang(other);
            // Same section, same heading, and as near as can be the same paragraph.
            const place = currentPlace();
            if (place) carryPlace(otherHref, place);
            navigate(otherHref + (place ? `#${place.heading}` : window.location.hash));
          }}
        >
          {t.switchLang}
        </a>
      </div>
    </header>
  );
}
