import { htmlText } from '../../collectors/text/html-text.js';

describe('html text', () => {
  it('keeps a post’s paragraphs and outbound links, not its mentions and hashtags', () => {
    const text = htmlText(
      '<p>Seen at <a href="https://news.example.com/a">the park</a></p><p>cc <a class="u-url mention" href="https://m.example/@bob">@bob</a> <a class="hashtag" href="https://m.example/tags/x">#x</a><br>bye</p>',
    );
    expect(text.text).toBe('Seen at the park\ncc @bob #x\nbye');
    expect(text.links).toEqual(['https://news.example.com/a']);
  });

  it('reads a whole page as what it shows: no doctype, head, script or style', () => {
    const text = htmlText(
      '<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head><body><h1>Missing person</h1><script>var x = 1;</script><p>Last seen Friday.</p><noscript>enable js</noscript></body></html>',
    );
    expect(text.text).toBe('Missing person\nLast seen Friday.');
    expect(text.text).not.toMatch(/DOCTYPE|color|var x|enable js|^T/);
  });
});
