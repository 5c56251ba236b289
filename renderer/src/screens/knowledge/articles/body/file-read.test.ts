import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_CONVERT_BYTES,
  MAX_INLINE_IMAGE_BYTES,
} from '../../../../../../shared/workstation/authoring-constants';
import {
  attachmentMime,
  checkAttachment,
  checkConvert,
  checkInlineImage,
  convertFormat,
  formatBytes,
  readBase64,
} from './file-read';
import { safeLink } from './LinkDialog';

// R9: images are embedded up to a limit; attachments and imports are checked before upload.

describe('files picked in the article editor', () => {
  it('embeds raster images up to MAX_INLINE_IMAGE_BYTES and refuses bigger ones or SVG', () => {
    const png = { name: 'a.png', type: 'image/png' };
    expect(checkInlineImage({ ...png, size: MAX_INLINE_IMAGE_BYTES })).toBeNull();
    expect(checkInlineImage({ ...png, size: MAX_INLINE_IMAGE_BYTES + 1 })).toEqual({
      reason: 'too-large',
      limit: MAX_INLINE_IMAGE_BYTES,
    });
    expect(checkInlineImage({ name: 'a.svg', type: 'image/svg+xml', size: 10 })).toEqual({
      reason: 'wrong-type',
    });
  });

  it('checks attachments by type (falling back to the extension) and size', () => {
    const docx = { name: 'Guide.DOCX', type: '', size: 1000 };
    expect(attachmentMime(docx)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(checkAttachment(docx)).toBeNull();
    expect(
      checkAttachment({ name: 'run.exe', type: 'application/x-msdownload', size: 10 }),
    ).toEqual({ reason: 'wrong-type' });
    expect(
      checkAttachment({ name: 'big.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 }),
    ).toEqual({
      reason: 'too-large',
      limit: MAX_ATTACHMENT_BYTES,
    });
    expect(checkAttachment({ name: 'empty.txt', type: 'text/plain', size: 0 })).toEqual({
      reason: 'empty',
    });
  });

  it('imports .docx, Markdown and HTML only, up to MAX_CONVERT_BYTES', () => {
    expect(convertFormat({ name: 'a.docx', type: '', size: 1 })).toBe('docx');
    expect(convertFormat({ name: 'a.markdown', type: '', size: 1 })).toBe('markdown');
    expect(convertFormat({ name: 'a.HTM', type: '', size: 1 })).toBe('html');
    expect(checkConvert({ name: 'a.pdf', type: 'application/pdf', size: 1 })).toEqual({
      reason: 'wrong-type',
    });
    expect(checkConvert({ name: 'a.md', type: '', size: MAX_CONVERT_BYTES + 1 })).toEqual({
      reason: 'too-large',
      limit: MAX_CONVERT_BYTES,
    });
  });

  it('writes sizes in binary units in the UI language', () => {
    expect(formatBytes(512 * 1024, 'en')).toBe('512 KB');
    expect(formatBytes(1.5 * 1024 * 1024, 'hu')).toBe('1,5 MB');
    expect(formatBytes(300, 'en')).toBe('300 B');
  });

  it('reads a file as base64 (large files in chunks)', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(await readBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('links (R9: http, https and mailto only)', () => {
  it('accepts web and mail addresses, adding the scheme a bare one lacks', () => {
    expect(safeLink('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeLink('example.com/cards')).toBe('https://example.com/cards');
    expect(safeLink('help@example.com')).toBe('mailto:help@example.com');
  });

  it('refuses script, data and file links', () => {
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,x')).toBeNull();
    expect(safeLink('file:///etc/passwd')).toBeNull();
    expect(safeLink('   ')).toBeNull();
  });
});
