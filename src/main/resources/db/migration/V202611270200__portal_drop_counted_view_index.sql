-- Recent views that do not count are no longer stored (they could never count later), so the range of a
-- visitor's views of an article within a window is short: the primary key serves the flush's one range read,
-- and the partial index of counted views only cost every counted view a third index entry.
DROP INDEX portal_view_counted_idx;
