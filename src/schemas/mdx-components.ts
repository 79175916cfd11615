/**
 * The components an editor may write in an `.mdx` body, and the props each
 * takes. The content checker reads this table to refuse anything else; the
 * pages pass the matching Astro components (src/components/mdx/) to every
 * MDX body, so no body ever imports one.
 */

/** What a prop's value must be: free text, one of a few words, or the id of something that must exist. */
export type PropKind =
  | { kind: 'text' }
  /** One of a few words, each with what it means. */
  | { kind: 'choice'; choices: Readonly<Record<string, string>> }
  | { kind: 'legalDocument' }
  | { kind: 'plan' }
  /** A file the entry lists under `attachments` (so it is published), by its path in content/attachments/. */
  | { kind: 'attachment' }
  /** An image under content/images/. */
  | { kind: 'image' };

export interface PropSpec {
  type: PropKind;
  required: boolean;
  /** Shown when the prop is missing or wrong, after its name. */
  hint: string;
}

export interface ComponentSpec {
  props: Record<string, PropSpec>;
  /** Whether the component wraps Markdown written between its tags. */
  children: boolean;
  /** Whether it stands inside a sentence (a citation, a link) rather than as a block of its own. */
  inline?: boolean;
  /** Whether what it wraps must hold a Markdown table. */
  table?: boolean;
}

export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;

export const NOTE_KINDS = { 'luu-y': 'Lưu ý', 'canh-bao': 'Cảnh báo' } as const;

export const MDX_COMPONENTS = {
  Note: {
    children: true,
    props: {
      kind: { type: { kind: 'choice', choices: NOTE_KINDS }, required: false, hint: 'loại hộp: "luu-y" (mặc định) hoặc "canh-bao"' },
      title: { type: { kind: 'text' }, required: false, hint: 'tiêu đề của hộp, thay cho chữ "Lưu ý" hay "Cảnh báo"' },
    },
  },
  LegalDocument: {
    children: false,
    inline: true,
    props: { id: { type: { kind: 'legalDocument' }, required: true, hint: 'mã văn bản trong content/legal-documents/, ví dụ id="luat-14-2012-qh13"' } },
  },
  PlanLink: {
    children: false,
    inline: true,
    props: { id: { type: { kind: 'plan' }, required: true, hint: 'mã kế hoạch, ví dụ id="2020/lang-son-176-kh-ubnd"' } },
  },
  Attachment: {
    children: false,
    inline: true,
    props: { file: { type: { kind: 'attachment' }, required: true, hint: 'đường dẫn một tệp đã ghi ở trường attachments của kế hoạch, ví dụ file="2020/lang-son-176-kh-ubnd.pdf"' } },
  },
  Figure: {
    children: false,
    props: {
      src: { type: { kind: 'image' }, required: true, hint: `đường dẫn ảnh trong content/images/ (${IMAGE_EXTENSIONS.join(', ')}), ví dụ src="2020/lang-son-176-kh-ubnd.png"` },
      alt: { type: { kind: 'text' }, required: true, hint: 'mô tả ảnh cho người không xem được ảnh: ảnh cho thấy gì, số liệu chính' },
      caption: { type: { kind: 'text' }, required: true, hint: 'chú thích hiện dưới ảnh, có nguồn số liệu' },
    },
  },
  DataTable: {
    children: true,
    table: true,
    props: { caption: { type: { kind: 'text' }, required: true, hint: 'tên bảng, hiện trên bảng và khi in' } },
  },
} as const satisfies Record<string, ComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
