import type { AuthoringAnswer } from '../../shared/workstation/authoring';
import { MAX_CONVERT_BYTES } from '../../shared/workstation/authoring-constants';
import type { Api } from '../http/api';
import { HttpError, notFound } from '../http/errors';
import {
  assertAttachmentSize,
  assertContentMatches,
  cleanFileName,
  contentDisposition,
  readAttachment,
  storeAttachment,
} from './attachments';
import { convertDocument } from './convert/convert-document';
import {
  ATTACHMENT_BODY_LIMIT,
  attachmentBody,
  attachmentParams,
  CONVERT_BODY_LIMIT,
  convertBody,
} from './library-schemas';
import { idParams } from './schemas';

/** Documents converted into article HTML, and files attached to articles (issue 9 item 7, R9). */
export function registerLibraryFileRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'authoring';

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/convert',
      tag,
      capability: 'author',
      summary:
        'Convert a .docx, Markdown or HTML document (base64) into sanitized article HTML; nothing ' +
        'is stored. Images stay inline up to 512 KB each; `notes` says what was left out.',
      body: convertBody,
      bodyLimit: CONVERT_BODY_LIMIT,
    },
    async ({ body }): Promise<AuthoringAnswer<'convertDocument'>> => {
      const bytes = Buffer.from(body.dataBase64, 'base64');
      if (bytes.length > MAX_CONVERT_BYTES) {
        throw new HttpError(
          413,
          'body-too-large',
          `Documents can be at most ${MAX_CONVERT_BYTES / (1024 * 1024)} MB.`,
        );
      }
      return convertDocument(body.name, body.format, bytes);
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/articles/:id/attachments',
      tag,
      capability: 'author',
      summary:
        'Attach a file (base64; PDF, Office, image or text, up to 10 MB) to an article. The ' +
        'content must match the type. Answers its download path.',
      params: idParams,
      body: attachmentBody,
      bodyLimit: ATTACHMENT_BODY_LIMIT,
    },
    async ({ params, body, principal, reply }): Promise<AuthoringAnswer<'uploadAttachment'>> => {
      const bytes = Buffer.from(body.dataBase64, 'base64');
      assertAttachmentSize(bytes.length);
      assertContentMatches(body.mime, bytes);
      const attachment = await storeAttachment(
        store,
        { articleId: params.id, name: cleanFileName(body.name), mime: body.mime, bytes },
        principal.userId,
      );
      reply.code(201);
      return { attachment };
    },
  );

  api.public(
    {
      method: 'GET',
      url: '/api/attachments/:id/:name',
      tag,
      summary:
        'Download an attachment. No sign-in: the id is an unguessable UUID that only articles carry.',
      params: attachmentParams,
    },
    async ({ params, reply }) => {
      const file = await readAttachment(store, params.id);
      if (!file) throw notFound('The attachment');
      // Workstations show images from another origin; the id is the secret, not the origin.
      reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.name, file.mime))
        .header('x-content-type-options', 'nosniff')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'private, max-age=86400');
      return reply.send(file.data);
    },
  );
}
