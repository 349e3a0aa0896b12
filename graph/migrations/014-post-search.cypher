// Searching a case's posts: a detective types words as they remember them, often without the
// accents a post wrote ("jose" for "José", "cafe" for "café"). observation_text (011) keeps
// accents and mixes in handles and bios; this index holds what captures read as a post's text and
// folds accents (Lucene's ASCII folding) on both the indexed text and the query, so either
// spelling finds the post.
CREATE FULLTEXT INDEX observation_post_search IF NOT EXISTS FOR (o:Observation) ON EACH [o.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
