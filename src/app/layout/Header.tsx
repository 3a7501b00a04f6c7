import { Link, useLocation } from "wouter";
import { SearchLauncher } from "../../features/search/SearchLauncher";
import { ReadingSettingsControl } from "../../features/progress/ReadingSettingsControl";
import { routes, switchLangPath } from "../../shared/routes";
import type { Lang } from "../../shared/types";
import { UI } from "../../shared/ui-text";
import { useReader } from "../store";
import type { ThemeChoice } from "../store/preferences-slice";

const OTHER: Record<Lang, Lang> = { en: "zh", zh: "en" };
const THEMES: ThemeChoice[] = ["system", "light", "dark"];

export function Header({ lang, path }: { lang: Lang; path: string }) {
  const t = UI[lang];
  const [, navigate] = useLocation();
  const { theme, setTheme, setLang, drawerOpen, setDrawerOpen, reading, setReading } = useReader();
  const other = OTHER[lang];
  const otherHref = switchLangPath(path, other);

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
        <label className="theme-select">
          <span className="visually-hidden">{t.theme}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
            {THEMES.map((choice) => (
              <option key={choice} value={choice}>
                {t.themeNames[choice]}
              </option>
            ))}
          </select>
        </label>
        <a
          href={otherHref}
          lang={other === "zh" ? "zh-CN" : "en"}
          hrefLang={other}
          aria-label={t.switchLangLabel}
          className="lang-switch"
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
            e.preventDefault();
            setLang(other);
            // Same section, same anchor, other language.
            navigate(otherHref + window.location.hash);
          }}
        >
          {t.switchLang}
        </a>
      </div>
    </header>
  );
}
