/** A field of legal education that plans are filed under ("hòa giải ở cơ sở"). */
import { z } from 'astro/zod';
import { entry, prose, text } from './fields';

export const themeSchema = entry('Lĩnh vực', {
  name: text('Tên lĩnh vực (name)', 'Hòa giải ở cơ sở'),
  description: prose('Mô tả (description)'),
});

export type ThemeData = z.output<typeof themeSchema>;
