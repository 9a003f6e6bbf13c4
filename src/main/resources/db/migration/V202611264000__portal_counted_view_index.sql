-- The last counted view of a visitor and article before a time, found without walking the views
-- that did not count (a reader who reloads a page often leaves many of those within a window).
CREATE INDEX portal_view_counted_idx ON portal_view (visitor, article_id, viewed_at) WHERE counted;
