/**
 * Original documents attached to plans: where they are read from at build
 * time, and the size and type a reader sees before downloading.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-dir';
import { ATTACHMENT_TYPES } from '../schemas/plan';

export interface AttachmentDetails {
  bytes: number;
  /** "PDF, 1,2 MB". */
  label: string;
}

function attachmentSource(file: string): string {
  return path.join(contentDir(), 'attachments', file);
}

/** Reads the file, failing the build with the entry's path when it is missing. */
export function readAttachment(file: string, planId: string): Buffer {
  try {
    return readFileSync(attachmentSource(file));
  } catch {
    throw new Error(`Kế hoạch ${planId}: không có tệp đính kèm content/attachments/${file}`);
  }
}

function sizeLabel(bytes: number): string {
  const format = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${format(bytes / 1024 / 1024)} MB`;
}

export function attachmentDetails(file: string): AttachmentDetails {
  const bytes = statSync(attachmentSource(file)).size;
  const extension = file.split('.').pop() as keyof typeof ATTACHMENT_TYPES;
  return { bytes, label: `${ATTACHMENT_TYPES[extension]}, ${sizeLabel(bytes)}` };
}
