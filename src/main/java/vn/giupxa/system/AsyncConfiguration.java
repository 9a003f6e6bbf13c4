package vn.giupxa.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Asynchronous event listeners (e-mail after commit) and scheduled jobs. Listeners run on Boot's
 * task executor; the event publication registry keeps what did not complete.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncConfiguration {
}
