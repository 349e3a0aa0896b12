/** The Atom, RSS 1.0 and podcast feeds of the fixture platforms (see feeds.fixture.ts). */
import { FEEDS, MEDIA } from './scenario.js';

/** An agency's Atom feed (RFC 4287): every kind of text construct, links relative to xml:base. */
export const agencyAtom = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en-US" xml:base="${base}/press/">
  <title type="html">Agency &lt;em&gt;Press&lt;/em&gt; Releases</title>
  <subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Releases of the <b>Metro</b> Police &amp; Fire</div></subtitle>
  <id>urn:uuid:7f0c1b7e-4f1a-4c3e-9a51-3d2b1c0a9e01</id>
  <updated>2026-11-21T18:30:00Z</updated>
  <link rel="self" type="application/atom+xml" href="${base}${FEEDS.atomPath}"/>
  <link rel="alternate" type="text/html" href="${base}/press"/>
  <logo>/media/photo.png</logo>
  <author><name>Press Office</name><email>press@agency.example.gov</email></author>
  <generator uri="https://generator.example.org/" version="2.1">Generator</generator>
  <rights>&#169; 2026 Metro Agency</rights>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Arrest in <em>burglary</em> series</div></title>
    <id>urn:uuid:8a1d2c3b-0000-4000-8000-000000000003</id>
    <link rel="alternate" type="text/html" href="3"/>
    <link rel="enclosure" type="${MEDIA.png.mediaType}" length="${MEDIA.png.size}" href="${base}${MEDIA.png.path}" title="Booking photo"/>
    <link rel="related" href="https://court.example.gov/docket/26-0311"/>
    <published>2026-11-21T11:00:00-06:00</published>
    <updated>2026-11-21T18:30:00Z</updated>
    <author><name>Sgt. Lee</name><uri>https://agency.example.gov/lee</uri></author>
    <category term="arrests" label="Arrests" scheme="https://agency.example.gov/topics"/>
    <summary type="text">Two arrested after a series of burglaries.</summary>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <p>Details <a href="https://agency.example.gov/case">here</a> and <a href="3/photos">photos</a>.</p>
        <p>The caf&#233; owner thanked officers.</p>
      </div>
    </content>
  </entry>
  <entry>
    <title>Road closure &amp; detour</title>
    <id>urn:uuid:8a1d2c3b-0000-4000-8000-000000000002</id>
    <link href="2"/>
    <updated>2026-11-20T12:00:00Z</updated>
    <content type="html">&lt;p&gt;Main St closed &amp;mdash; use 3rd&amp;nbsp;Ave &amp;#8230;&lt;/p&gt;</content>
    <media:content url="${base}${MEDIA.jpeg.path}" type="${MEDIA.jpeg.mediaType}" medium="image">
      <media:description>Map of the detour</media:description>
    </media:content>
  </entry>
  <entry>
    <title>Video appeal</title>
    <id>urn:uuid:8a1d2c3b-0000-4000-8000-000000000001</id>
    <link rel="alternate" href="https://video.example.com/watch?v=abc123"/>
    <published>2026-11-19T09:00:00Z</published>
    <updated>2026-11-19T09:00:00Z</updated>
    <media:group>
      <media:title>Video appeal</media:title>
      <media:content url="${base}${MEDIA.video.path}" type="${MEDIA.video.mediaType}" width="640" height="360"/>
      <media:thumbnail url="${base}${MEDIA.jpeg.path}" width="480" height="360"/>
      <media:description>Watch and share.</media:description>
    </media:group>
    <content type="text">Watch and share.
Call 816-555-0100 with information.</content>
  </entry>
</feed>
`;

/** A county's RSS 1.0 feed: items beside the channel, ids in rdf:about, Dublin Core times. */
export const bulletinRdf = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="${base}/bulletin">
    <title>County Bulletin</title>
    <link>${base}/bulletin</link>
    <description>Notices from the county</description>
    <dc:language>en</dc:language>
    <image rdf:resource="${base}${MEDIA.png.path}"/>
    <items>
      <rdf:Seq>
        <rdf:li rdf:resource="${base}/bulletin/2"/>
        <rdf:li rdf:resource="${base}/bulletin/1"/>
      </rdf:Seq>
    </items>
  </channel>
  <image rdf:about="${base}${MEDIA.png.path}">
    <title>County Bulletin</title>
    <link>${base}/bulletin</link>
    <url>${base}${MEDIA.png.path}</url>
  </image>
  <item rdf:about="${base}/bulletin/2">
    <title>Boil-water notice</title>
    <link>${base}/bulletin/2</link>
    <description>In effect until Friday.</description>
    <dc:date>2026-11-20T08:00:00-06:00</dc:date>
    <dc:creator>County Clerk</dc:creator>
    <dc:subject>Water</dc:subject>
  </item>
  <item rdf:about="${base}/bulletin/1">
    <title>Office closed</title>
    <link>${base}/bulletin/1</link>
    <description>Closed for the holiday.</description>
    <dc:date>2026-11-19</dc:date>
  </item>
</rdf:RDF>
`;

/** A department's podcast: iTunes tags, and Media RSS under the prefix `mrss` it chose. */
export const podcast = (base: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:mrss="http://search.yahoo.com/mrss/">
  <channel>
    <title>Cold Case Hour</title>
    <link>${base}/podcast</link>
    <description>Unsolved cases, and how to help.</description>
    <language>en</language>
    <itunes:author>Metro PD</itunes:author>
    <itunes:owner><itunes:name>Metro PD Media</itunes:name><itunes:email>media@metro.example.gov</itunes:email></itunes:owner>
    <itunes:image href="${base}${MEDIA.png.path}"/>
    <itunes:category text="True Crime"/>
    <itunes:explicit>false</itunes:explicit>
    <item>
      <title>Episode 12: The river case</title>
      <itunes:title>The river case</itunes:title>
      <itunes:episode>12</itunes:episode>
      <itunes:season>2</itunes:season>
      <itunes:episodeType>full</itunes:episodeType>
      <itunes:duration>00:31:12</itunes:duration>
      <itunes:author>Det. Ruiz</itunes:author>
      <itunes:summary>What we know about the night of March 3.</itunes:summary>
      <itunes:image href="${base}${MEDIA.jpeg.path}"/>
      <description>&lt;p&gt;What we know about the night of March 3.&lt;/p&gt;</description>
      <enclosure url="${base}${MEDIA.video.path}" length="${MEDIA.video.size}" type="${MEDIA.video.mediaType}"/>
      <mrss:content url="${base}${MEDIA.jpeg.path}" type="${MEDIA.jpeg.mediaType}">
        <mrss:title>Case photo</mrss:title>
      </mrss:content>
      <guid isPermaLink="false">coldcase-s2e12</guid>
      <pubDate>Sat, 21 Nov 2026 06:00:00 PST</pubDate>
    </item>
  </channel>
</rss>
`;
