// Articles newest first.
CREATE INDEX article_published_at IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)
