/**
 * @jest-environment jsdom
 */
// Card text on the workbench page: the tags Google formats survive, everything else is
// shown as plain text, and nothing in the text can run or load in the page.
import { formattedText } from '../../../src/workbench/web/formatted-text';

const html = (text: string) => formattedText(text).innerHTML;

describe('card text keeps Google’s formatting subset', () => {
  test('bold, italic, underline and strike-through stay formatted', () => {
    expect(html('<b>bold</b> <i>italic</i> <u>under</u> <s>struck</s>')).toBe(
      '<b>bold</b> <i>italic</i> <u>under</u> <s>struck</s>',
    );
  });

  test('<br> and newlines both break the line', () => {
    expect(html('first<br>second\nthird')).toBe('first<br>second<br>third');
  });

  test('<font> keeps its colour and loses every other attribute', () => {
    expect(html('<font color="#d93025" size="7" face="Comic Sans">late</font>')).toBe(
      '<font color="#d93025">late</font>',
    );
  });

  test('web links keep their address and open in a new tab', () => {
    const link = formattedText('<a href="https://drive.google.com/x" title="t">doc</a>')
      .firstElementChild as HTMLAnchorElement;
    expect(link.tagName).toBe('A');
    expect(link.getAttribute('href')).toBe('https://drive.google.com/x');
    expect(link.target).toBe('_blank');
    expect(link.hasAttribute('title')).toBe(false);
  });

  test('formatting tags lose handlers and styles', () => {
    expect(html('<b onclick="alert(1)" style="color:red" class="x">bold</b>')).toBe('<b>bold</b>');
  });
});

describe('card text cannot inject into the page', () => {
  test.each([
    ['<img src=x onerror="alert(1)">', 'IMG'],
    ['<script>alert(1)</script>', 'SCRIPT'],
    ['<iframe src="https://evil.example"></iframe>', 'IFRAME'],
    ['<svg onload="alert(1)"><circle /></svg>', 'svg'],
    ['<b><img src=x onerror="alert(1)"></b>', 'IMG'],
  ])('%s becomes no %s element', (text, tag) => {
    const element = formattedText(text);
    expect(element.getElementsByTagName(tag)).toHaveLength(0);
    expect(element.innerHTML).not.toMatch(/onerror|onload/);
  });

  test('tags Google does not format keep only their text', () => {
    expect(html('<div><p>Room <em>4</em></p><h1>B</h1></div>')).toBe('Room 4B');
  });

  test('escaped markup stays literal text', () => {
    const element = formattedText('&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;img onerror=x&gt;');
    expect(element.textContent).toBe('<b>not bold</b> & <img onerror=x>');
    expect(element.children).toHaveLength(0);
  });

  test.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
  ])('a link to %s keeps its text and loses its address', (href) => {
    const link = formattedText(`<a href="${href}">click</a>`).firstElementChild;
    expect(link?.textContent).toBe('click');
    expect(link?.hasAttribute('href')).toBe(false);
  });

  test('an SVG link is not an HTML link and keeps only its text', () => {
    expect(html('<svg><a href="https://x.example">svg link</a></svg>')).toBe('svg link');
  });
});
