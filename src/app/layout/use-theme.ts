import { useEffect } from "react";
import { useReader } from "../store";

/** Applies the chosen theme to <html>; "system" removes the attribute and lets CSS follow the OS. */
export function useTheme(): void {
  const theme = useReader((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "system") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
  }, [theme]);
}
