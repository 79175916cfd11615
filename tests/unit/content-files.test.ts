import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFileFor } from '../../src/integrations/content-files';

const root = path.resolve('tests/fixtures/content');

describe('contentFileFor (the dev server’s content images and attachments)', () => {
  it('finds an image or an attachment under the folder its address names, with its type', () => {
    expect(contentFileFor('/hinh-anh/2019/lai-chau-972-kh-ubnd-giai-doan.png', root)).toEqual({
      file: path.join(root, 'images/2019/lai-chau-972-kh-ubnd-giai-doan.png'),
      type: 'image/png',
    });
    expect(contentFileFor('/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf', root)).toEqual({
      file: path.join(root, 'attachments/2019/lai-chau-972-kh-ubnd-tom-tat.pdf'),
      type: 'application/pdf',
    });
    expect(contentFileFor('/hinh-anh/2019/s%C6%A1-%C4%91%E1%BB%93.jpg', root)?.file).toBe(path.join(root, 'images/2019/sơ-đồ.jpg'));
  });

  it('leaves other addresses and types the site does not publish to Astro', () => {
    expect(contentFileFor('/ke-hoach/2019/lai-chau-972-kh-ubnd/', root)).toBeUndefined();
    expect(contentFileFor('/hinh-anh/2019/ban-do.svg', root)).toBeUndefined();
    expect(contentFileFor('/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.png', root)).toBeUndefined();
    expect(contentFileFor('/hinh-anh/', root)).toBeUndefined();
    expect(contentFileFor('/hinh-anh/2019/x.constructor', root)).toBeUndefined();
  });

  it('refuses any path that would leave its folder, however it is written', () => {
    for (const sitePath of [
      '/hinh-anh/../attachments/2019/lai-chau-972-kh-ubnd-tom-tat.pdf',
      '/hinh-anh/..%2F..%2F..%2Fetc%2Fpasswd.png',
      '/van-ban-goc/%2E%2E/%2E%2E/secret.pdf',
      '/van-ban-goc/2019/..%5C..%5Csecret.pdf',
      '/hinh-anh//etc/x.png',
      '/hinh-anh/%00.png',
      '/hinh-anh/%E0%A4%A.png',
    ]) {
      expect(contentFileFor(sitePath, root), sitePath).toBeUndefined();
    }
  });
});
