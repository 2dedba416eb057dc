-- Blog: indexes for the filters and the fuzzy search of the post list. Only additions.

-- "q" matches titles and contents by trigrams (ILIKE and the word-similarity operator <% both use these).
CREATE INDEX idx_blog_posts_title_trgm ON blog_posts USING gin (title gin_trgm_ops);
CREATE INDEX idx_blog_posts_content_trgm ON blog_posts USING gin (content gin_trgm_ops);
-- "tag" is an array containment (tags @> ARRAY[...]).
CREATE INDEX idx_blog_posts_tags ON blog_posts USING gin (tags);
-- The public list and the feed: published posts, the newest first.
CREATE INDEX idx_blog_posts_status_published_at ON blog_posts (status, published_at DESC, id DESC);
