import { canonicalText, fullyDecoded, targetForms } from '../../server/gate/rules/canonical-text.js';

/** The canonical form the gate's word rules match in: each disguise of "protest" reads as protest. */
describe('canonical text of gate targets and facts', () => {
  it('percent-decodes until stable, however often the text was encoded', () => {
    expect(fullyDecoded('%70rotest')).toBe('protest');
    expect(fullyDecoded('%2570rotest')).toBe('protest');
    expect(fullyDecoded(`%${'25'.repeat(40)}70rotest`)).toBe('protest');
    expect(fullyDecoded('%C3%B6')).toBe('ö');
    expect(fullyDecoded('plain text')).toBe('plain text');
  });

  it('reads + as a space only in a query string', () => {
    expect(fullyDecoded('https://x.example/a+b?q=pro+test%2Bmarch')).toBe(
      'https://x.example/a+b?q=pro test march',
    );
    expect(fullyDecoded('c++ forum')).toBe('c++ forum');
  });

  it('never throws on a malformed encoding, and decodes what is well formed around it', () => {
    for (const bad of ['%', '%E0%A4%A', '%zz', '%%%', '%ED%A0%80', '%F0%9F%98', '100%']) {
      expect(() => canonicalText(bad)).not.toThrow();
    }
    expect(fullyDecoded('%zz-%70rotest-%')).toBe('%zz-protest-%');
    expect(canonicalText('%E0%A4%A-%70rotest')).toContain('protest');
  });

  it('folds width, case, accents, invisible characters and look-alike letters', () => {
    const disguises = [
      'PROTEST',
      'ＰＲＯＴＥＳＴ',
      'pr\u00f6test',
      'pro\u200btest',
      'pro\u00adtest',
      'pr\u043etest',
      'pro\u0074\u0065\u0301st',
      'Pro\u2060test',
    ];
    for (const text of disguises) expect([text, canonicalText(text)]).toEqual([text, 'protest']);
    expect(canonicalText('\u017fynagogue')).toBe('synagogue');
    expect(canonicalText('STRASSE')).toBe(canonicalText('straße'));
  });

  it('reads a target with its separators removed and its punycode host as Unicode', () => {
    expect(targetForms('https://forum.example/t/p.r.o.t.e.s.t').some((f) => f.includes('protest'))).toBe(
      true,
    );
    expect(targetForms('https://xn--prtest-xxa.example/').some((f) => f.includes('protest'))).toBe(true);
    expect(targetForms('https://xn--prtest-xqf.example/').some((f) => f.includes('protest'))).toBe(true);
    expect(targetForms('https://xn--.example/')).toBeDefined();
  });
});
