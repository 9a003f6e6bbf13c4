package vn.giupxa.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsBySlug(String slug);
}
