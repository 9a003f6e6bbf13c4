/**
 * The public portal ("cổng thông tin"): news articles, the register of official documents with their
 * files, exact view counts and visitor statistics, accent-insensitive search, RSS and the sitemap.
 */
package vn.giupxa.portal;
