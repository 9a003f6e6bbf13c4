-- Article views count once per sliding window: a view counts when the visitor's last counted view of the
-- article is at least a window older. Every view is kept for a day (and the last counted one as long as the
-- rule needs it), so that the decision covers the views of every node whatever order they are written in.
CREATE TABLE portal_view (
  visitor    uuid        NOT NULL,
  article_id bigint      NOT NULL,
  viewed_at  timestamptz NOT NULL,
  counted    boolean     NOT NULL,
  PRIMARY KEY (visitor, article_id, viewed_at)
);
CREATE INDEX portal_view_viewed_idx ON portal_view (viewed_at);

-- The clock-aligned windows of the old rule become counted views at their window's start.
INSERT INTO portal_view (visitor, article_id, viewed_at, counted)
SELECT visitor, article_id, window_start, true FROM portal_view_mark;
DROP TABLE portal_view_mark;
