import { useEffect } from 'react';

/**
 * Brings the element an address names (an authorization request, an export row) into view and
 * marks it once it is on the page; lists arrive after the screen mounts, so it watches for it.
 */
export function useMarkLinked(selector: string | null): void {
  useEffect(() => {
    if (!selector) return;
    const mark = () => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) return false;
      element.classList.add('linked');
      element.scrollIntoView({ block: 'center' });
      return true;
    };
    if (mark()) return;
    const watcher = new MutationObserver(() => mark() && watcher.disconnect());
    watcher.observe(document.body, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [selector]);
}
