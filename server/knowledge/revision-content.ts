/** The content columns of one article revision, as the authoring and sync queries read them. */
export interface RevisionContentRow {
  title: string;
  summary: string;
  body_html: string;
  tags: string[];
  synonyms: string[];
  placeholders: string[];
}
