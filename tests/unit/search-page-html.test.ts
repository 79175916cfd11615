import { describe, expect, it } from 'vitest';
import { decodeEntities, encodeHtml, pageForIndex } from '../../src/search/page-html';
import { decodeIndexed } from '../../src/search/text';

const plan = `<html><head><title>Kế hoạch 176/KH-UBND</title></head><body><nav>Trang chủ › Kế hoạch</nav>
<article data-pagefind-body><span hidden data-pagefind-filter="muc:Kế hoạch"></span>
<h1><span data-pagefind-meta="number">Kế hoạch số 176/KH-UBND</span><span data-pagefind-meta="title">Kế hoạch thực hiện Kết luận 80-KL/TW</span></h1>
<span hidden data-pagefind-meta="keywords:Lạng Sơn"></span>
<p>Lạng Sơn đưa pháp luật về cơ sở &amp; xã.</p>
<dl class="summary-list"><dt>Cơ quan ban hành</dt><dd><ul><li><span>Ủy ban nhân dân tỉnh Lạng Sơn</span></li></ul></dd>
<dt>Ngày ban hành</dt><dd><time datetime="2020-10-27">27/10/2020</time></dd>
<dt>Lĩnh vực</dt><dd><ul><li><a href="/linh-vuc/pbgdpl/" data-pagefind-filter="linh-vuc">Phổ biến, giáo dục pháp luật</a></li></ul></dd></dl>
<table><caption>Nhiệm vụ của kế hoạch 176/KH-UBND</caption><thead><tr><th>Nhiệm vụ</th></tr></thead><tbody><tr><td>Quán triệt Kết luận 80</td></tr></tbody></table>
<script>var x = "Đà Nẵng";</script></article><footer>Cổng PBGDPL</footer></body></html>`;

const text = (html: string) => decodeIndexed(decodeEntities(html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' '))).trim();

describe('pageForIndex', () => {
  const page = pageForIndex('/ke-hoach/2020/lang-son-176-kh-ubnd/', plan)!;
  it('indexes the article only, without labels, table heads, scripts or site chrome', () => {
    const body = text(page.html);
    expect(body).toContain('Lạng Sơn đưa pháp luật về cơ sở & xã.');
    expect(body).toContain('Quán triệt Kết luận 80');
    for (const absent of ['Trang chủ', 'Cổng PBGDPL', 'Đà Nẵng', 'Nhiệm vụ của', 'Cơ quan ban hành', 'Ủy ban nhân dân']) expect(body).not.toContain(absent);
  });
  it('keeps filters as printed, including those read from a fact list', () => {
    expect(page.html).toContain('data-pagefind-filter="muc:Kế hoạch"');
    expect(page.html).toContain('data-pagefind-filter="linh-vuc:Phổ biến, giáo dục pháp luật"');
  });
  it('adds the fields a result shows and the forms of the number as metadata', () => {
    const meta = (key: string) => decodeIndexed(new RegExp(`data-pagefind-meta="${key}:([^"]*)"`).exec(page.html)?.[1] ?? '');
    expect(meta('kind')).toBe('Kế hoạch');
    expect(meta('date')).toBe('27/10/2020');
    expect(meta('place')).toBe('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(meta('keywords')).toBe('Lạng Sơn. Kế hoạch 176/KH-UBND. Kế hoạch 176. KH 176. 176khubnd');
    expect(meta('facts')).toContain('Ủy ban nhân dân tỉnh Lạng Sơn');
    expect(page.kind).toBe('Kế hoạch');
  });
  it('indexes an entity page by its name and description only', () => {
    const province = `<html><head><meta name="description" content="1 kế hoạch. Gồm cả kế hoạch của tỉnh Sóc Trăng."></head><body>
      <nav><ol><li><span aria-current="page">Cần Thơ</span></li></ol></nav><h1>Kế hoạch của TP Cần Thơ</h1><ul><li>Kế hoạch 26/KH-UBND</li></ul></body></html>`;
    const entity = pageForIndex('/tinh-thanh/can-tho/', province)!;
    expect(text(entity.html)).toBe('Kế hoạch của TP Cần Thơ 1 kế hoạch. Gồm cả kế hoạch của tỉnh Sóc Trăng.');
    expect(entity.html).toContain('data-pagefind-filter="tinh:Cần Thơ"');
    expect(pageForIndex('/tinh-thanh/can-tho/trang-2/', province)).toBeUndefined();
    expect(pageForIndex('/ke-hoach/', province)).toBeUndefined();
  });
});

describe('encodeHtml', () => {
  it('keeps side-by-side elements apart in the indexed text', () => {
    expect(text(encodeHtml('<h1><span>Kế hoạch số 26/KH-UBND</span><span>Kế hoạch công tác</span></h1>'))).toBe('Kế hoạch số 26/KH-UBND Kế hoạch công tác');
  });
});
