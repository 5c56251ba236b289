import type { Api } from '../http/api';

/** Categories, synonyms, owners, document conversion and attachments (issue 9 items 1, 2, 7): helper S3. */
export function registerLibraryRoutes(_api: Api): void {}
