/**
 * The components every MDX body may use without an import, by the names
 * editors write (listed, with their props, in src/schemas/mdx-components.ts).
 */
import type { MdxComponentName } from '../../schemas/mdx-components';
import Attachment from './Attachment.astro';
import DataTable from './DataTable.astro';
import Figure from './Figure.astro';
import LegalDocument from './LegalDocument.astro';
import Note from './Note.astro';
import PlanLink from './PlanLink.astro';

export const mdxComponents = { Note, LegalDocument, PlanLink, Attachment, Figure, DataTable } satisfies Record<MdxComponentName, unknown>;
