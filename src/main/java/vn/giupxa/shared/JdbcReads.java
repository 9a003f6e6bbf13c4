package vn.giupxa.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads by plain JDBC that need no transaction of their own: inside a caller's transaction they take part in it
 * (and see its writes); otherwise each statement runs on its own, on one pooled connection for the annotated call,
 * with no BEGIN, no COMMIT round trip and no Hibernate session (a read-only JPA transaction opened one and cost a
 * round trip per request, bench/program). At PostgreSQL's READ COMMITTED each statement sees what was committed
 * when it started, in a transaction or not, so the reads see the same rows. Not for code that reads JPA entities
 * (lazy loading needs the entity manager's transaction) or that writes.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public @interface JdbcReads {
}
