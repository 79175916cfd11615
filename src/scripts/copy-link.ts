/**
 * "Sao chép liên kết": shows the copy button, which only works with a script,
 * and copies the permanent link. Without the script the link is still there to
 * select by hand.
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
      status.textContent = 'Đã sao chép liên kết.';
    } catch {
      // The clipboard needs a secure context and permission; selecting the link lets the reader copy it.
      getSelection()?.selectAllChildren(link);
      status.textContent = 'Không sao chép được; liên kết đã được chọn, hãy sao chép bằng tay.';
    }
  });
}
