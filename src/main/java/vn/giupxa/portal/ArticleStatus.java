package vn.giupxa.portal;

/** Where an article stands: a draft, published (live from its publication time, so possibly scheduled), or withdrawn. */
enum ArticleStatus {
	DRAFT, PUBLISHED, WITHDRAWN
}
