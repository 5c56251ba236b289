import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste-clean';

// What Word 365 (Windows) puts on the clipboard for a heading, a paragraph with a coloured run,
// a bulleted list with a nested item, a numbered list and a blank line (trimmed, otherwise verbatim).
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8">
<style><!-- p.MsoNormal {mso-style-unhide:no; margin:0cm;} --></style><!--[if gte mso 9]><xml>
<o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<h2 style='mso-margin-top-alt:auto'><span lang=EN-GB style='mso-fareast-font-family:"Times New Roman"'>Blocking a card<o:p></o:p></span></h2>
<p class=MsoNormal><span style='font-size:11.0pt;color:#C00000;mso-ansi-language:EN-GB'>Ask the customer <b>first</b>.</span><font face="Calibri"> Then act.</font><span style='mso-spacerun:yes'></span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Check the identity<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Date of birth<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Block the card<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Open the card screen<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Press <i>Block</i><o:p></o:p></p>
<p class=MsoNormal>Done.</p>
<!--EndFragment--></body></html>`;

describe('cleanPastedHtml (R9: paste from Word and web pages cleaned)', () => {
  const clean = cleanPastedHtml(WORD_CLIPBOARD);

  it('drops Word markup: mso styles and classes, <o:p>, fonts, spans, comments, the head', () => {
    expect(clean).not.toMatch(/mso-|Mso|<o:p|<\/o:p|<font|<span|<!--|<!\[|style=|class=|lang=/);
    expect(clean).not.toContain('OfficeDocumentSettings');
    expect(clean).not.toContain('p.MsoNormal');
  });

  it('keeps the text and the meaningful formatting', () => {
    expect(clean).toContain('<h2>Blocking a card</h2>');
    expect(clean).toContain('<p>Ask the customer <b>first</b>. Then act.</p>');
    expect(clean).toContain('<p>Done.</p>');
  });

  it('turns Word list paragraphs into real lists, nested by level, without the typed bullets', () => {
    expect(clean).toContain(
      '<ul><li><p>Check the identity</p><ul><li><p>Date of birth</p></li></ul></li><li><p>Block the card</p></li></ul>',
    );
    expect(clean).toContain(
      '<ol><li><p>Open the card screen</p></li><li><p>Press <i>Block</i></p></li></ol>',
    );
    expect(clean).not.toMatch(/·|>o</);
  });

  it('removes Word blank lines (a paragraph holding a non-breaking space)', () => {
    expect(clean).not.toMatch(/<p>\s*(&nbsp;)?\s*<\/p>/);
  });

  it('cleans web page markup too, keeping links, images and table spans', () => {
    const web =
      '<div class="post" style="color:red"><p style="margin:0">See <a href="https://example.com/x" class="ext" onclick="x()">the guide</a></p>' +
      '<img src="https://example.com/a.png" alt="Card" style="width:10px" onerror="y()">' +
      '<table class="t"><tr><td colspan="2" style="border:1px">A</td></tr></table></div>';
    expect(cleanPastedHtml(web)).toBe(
      '<div><p>See <a href="https://example.com/x">the guide</a></p><img src="https://example.com/a.png" alt="Card">' +
        '<table><tr><td colspan="2">A</td></tr></table></div>',
    );
  });

  it('keeps {{placeholders}} and text that looks like a tag opener as text', () => {
    expect(cleanPastedHtml('<p>Dear {{customer.name}}, 3 < 4</p>')).toBe(
      '<p>Dear {{customer.name}}, 3 &lt; 4</p>',
    );
  });
});
