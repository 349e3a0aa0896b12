import { jaro, jaroWinkler } from '../../server/linking/jaro-winkler.js';
import { hammingHex, phashBands } from '../../server/linking/perceptual-hash.js';
import {
  extractContacts,
  handleSkeleton,
  nameSkeleton,
  normalizeEmail,
  normalizePhone,
  normalizeUrl,
} from '../../server/linking/text-normalize.js';

describe('Jaro-Winkler', () => {
  it('matches the textbook values', () => {
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaro('DIXON', 'DICKSONX')).toBeCloseTo(0.7667, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2);
  });

  it('is 1 for equal strings, 0 for nothing in common, and symmetric', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('crazyhorse', 'crazyhrose')).toBeCloseTo(jaroWinkler('crazyhrose', 'crazyhorse'), 10);
  });
});

describe('handle and name skeletons', () => {
  it('fold case, separators, trailing numbers and leetspeak', () => {
    expect(handleSkeleton('J0hn_D0e99')).toBe(handleSkeleton('john.doe'));
    expect(handleSkeleton('@Dark-Star_1998')).toBe(handleSkeleton('darkstar'));
    expect(handleSkeleton('5n1p3r')).toBe(handleSkeleton('sniper'));
  });

  it('fold Cyrillic and Greek look-alikes, fullwidth forms and rn/m', () => {
    expect(handleSkeleton('јоhn_dое')).toBe(handleSkeleton('john_doe'));
    expect(handleSkeleton('ｊｏｈｎｄｏｅ')).toBe(handleSkeleton('johndoe'));
    expect(handleSkeleton('rnarco')).toBe(handleSkeleton('marco'));
    expect(handleSkeleton('ΑΡΟΙΙΟ')).toBe(handleSkeleton('apollo'));
  });

  it('keep different handles different', () => {
    expect(handleSkeleton('johndoe')).not.toBe(handleSkeleton('janedoe'));
    expect(handleSkeleton('user@mastodon.social')).toBe(handleSkeleton('user'));
    expect(handleSkeleton('k1ngp1n-stl.bsky.social')).toBe(handleSkeleton('kingpin_stl'));
  });

  it('sort display-name words and drop emoji', () => {
    expect(nameSkeleton('Doe, John 🔥')).toBe(nameSkeleton('john doe'));
    expect(nameSkeleton('Jöhn Dоe')).toBe('doe john');
  });
});

describe('contacts and URLs', () => {
  it('normalise emails, phones and URLs to one spelling', () => {
    expect(normalizeEmail('J.Doe+promo@GoogleMail.com')).toBe('jdoe@gmail.com');
    expect(normalizeEmail('j.doe+x@example.org')).toBe('j.doe@example.org');
    expect(normalizePhone('(816) 555-0142')).toBe('+18165550142');
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('12345')).toBeUndefined();
    expect(normalizeUrl('HTTPS://www.Example.com/shop/?utm_source=x&b=2&a=1#top')).toBe(
      'example.com/shop?a=1&b=2',
    );
    expect(normalizeUrl('linktr.ee/kingpin')).toBe('linktr.ee/kingpin');
  });

  it('finds contacts in a bio without mistaking one kind for another', () => {
    const found = extractContacts(
      'Bookings: K.Pin+biz@gmail.com or call 816.555.0142 — shop www.kp-merch.com/drops. Est. 2019',
    );
    expect(found.emails).toEqual(['kpin@gmail.com']);
    expect(found.phones).toEqual(['+18165550142']);
    expect(found.urls).toEqual(['kp-merch.com/drops']);
  });

  it('reads a bare domain as a link only when it ends in a common top-level domain', () => {
    expect(extractContacts('all my links: linktr.ee/shadowrunner.').urls).toEqual(['linktr.ee/shadowrunner']);
    expect(extractContacts('new tape drillqueen.bandcamp.com').urls).toEqual(['drillqueen.bandcamp.com']);
    expect(extractContacts('S.R. aka ice.cold, est. 2019').urls).toEqual([]);
  });
});

describe('perceptual hashes', () => {
  it('count differing bits', () => {
    expect(hammingHex('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingHex('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingHex('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingHex('zz', '0000000000000000')).toBeUndefined();
  });

  it('share a band whenever the distance is at most 3', () => {
    const base = 'a1b2c3d4e5f60718';
    const flipped = (BigInt(`0x${base}`) ^ 0x0001_0010_0100_0000n).toString(16).padStart(16, '0');
    expect(hammingHex(base, flipped)).toBe(3);
    const shared = phashBands(base).filter((b) => phashBands(flipped).includes(b));
    expect(shared.length).toBeGreaterThanOrEqual(1);
    expect(phashBands('nothex')).toEqual([]);
  });
});
