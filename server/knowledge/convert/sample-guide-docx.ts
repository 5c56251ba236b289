import { samplePng, zip } from '../../../scripts/kb/convert/sample-docx';

/*
 * Test material: a Word document like the ones authors bring (headings, bullet and numbered lists,
 * a table, a picture), written as XML here so a reader sees exactly what the converter gets.
 * tests/fixtures/card-replacement-guide.docx is this document with the default picture
 * (`npx tsx server/knowledge/convert/sample-guide-docx.ts` writes it again).
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;
const item = (text: string, numId: number) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
const cell = (text: string) => `<w:tc>${para(text)}</w:tc>`;
const picture = `<w:p><w:r><w:drawing>
  <wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">
    <wp:extent cx="190500" cy="190500"/><wp:docPr id="1" name="Picture 1" descr="Card front"/>
    <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
      <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
        <pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
          <pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>
          <pic:blipFill><a:blip r:embed="rIdImage1"/></pic:blipFill><pic:spPr/>
        </pic:pic>
      </a:graphicData>
    </a:graphic>
  </wp:inline></w:drawing></w:r></w:p>`;

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`;

/** "Replacing a card": Heading 1 (the title), Heading 2s, a bullet and a numbered list, a 2×3 table, a picture. */
export function guideDocx(image: Buffer = samplePng()): Buffer {
  const body = [
    para('Replacing a card', 'Heading1'),
    para('Use this when a customer reports a damaged or lost card.'),
    para('Before you start', 'Heading2'),
    item('Check the caller’s identity', 1),
    item('Block the old card', 1),
    para('Steps', 'Heading2'),
    item('Open the card screen', 2),
    item('Choose “Replace”', 2),
    `<w:tbl><w:tr>${cell('Delivery')}${cell('Fee')}</w:tr><w:tr>${cell('Standard')}${cell('Free')}</w:tr><w:tr>${cell('Express')}${cell('€15')}</w:tr></w:tbl>`,
    picture,
  ].join('\n');
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="${REL}">
<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>
<Relationship Id="rIdImage1" Type="${R}/image" Target="media/image1.png"/>
</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>
${body}
</w:body></w:document>`,
    'word/styles.xml': styles,
    'word/numbering.xml': numbering,
    'word/media/image1.png': image,
  });
}

if (process.argv[1]?.endsWith('sample-guide-docx.ts')) {
  const { writeFileSync } = await import('node:fs');
  const target = new URL('../../../tests/fixtures/card-replacement-guide.docx', import.meta.url);
  writeFileSync(target, guideDocx());
  console.log(`wrote ${target.pathname}`);
}
