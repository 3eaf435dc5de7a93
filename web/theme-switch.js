// The page's theme choice (like the system, light, dark), kept for the next visit. The
// colours themselves follow color-scheme (theme.css), which data-theme on <html> fixes.
const KEY = 'concessions-theme';

/** Wires the <select> to data-theme on <html>; restores the stored choice. */
export function watchThemeSwitch(select) {
  const apply = (theme) => {
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  };
  const stored = readStored();
  if (stored) select.value = stored;
  apply(select.value);
  select.addEventListener('change', () => {
    apply(select.value);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // Storage can be off (private windows, file://): the choice lasts for this visit.
    }
  });
}

function readStored() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
