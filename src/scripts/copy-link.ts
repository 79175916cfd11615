/**
 * "Sao chép liên kết": shows the copy button, which only works with a script,
 * and copies the permanent link. Without the script the link is still there to
 * select by hand. Its words come from the page (data-copied, data-copy-failed),
 * so the script carries no text of its own.
 */
for (const panel of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
  const link = panel.parentElement?.querySelector<HTMLAnchorElement>('[data-copy-link-url]');
  const button = panel.querySelector('button');
  const status = panel.querySelector('[data-copy-link-status]');
  if (!link || !button || !status) continue;
  panel.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = panel.dataset.copied ?? '';
    } catch {
      // The clipboard needs a secure context and permission; selecting the link lets the reader copy it.
      getSelection()?.selectAllChildren(link);
      status.textContent = panel.dataset.copyFailed ?? '';
    }
  });
}
