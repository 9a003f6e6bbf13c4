package vn.giupxa.system;

import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The UI texts: the bundles of {@code spring.messages.basename} (with {@code spring.messages.encoding},
 * {@code fallback-to-system-locale} and {@code use-code-as-default-message}, as Spring Boot reads them), merged per
 * language once and then read with one look-up per text. Spring Boot's default message source asks each of the
 * nine bundles in turn until one has the key, on every text of every page (the matrix page has about sixty).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${spring.messages.fallback-to-system-locale:true}") boolean fallbackToSystemLocale,
			@Value("${spring.messages.use-code-as-default-message:false}") boolean useCodeAsDefaultMessage) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(Arrays.stream(basenames).map(String::strip).map(name -> "classpath:" + name)
			.toArray(String[]::new));
		messages.setDefaultEncoding(encoding);
		messages.setFallbackToSystemLocale(fallbackToSystemLocale);
		messages.setUseCodeAsDefaultMessage(useCodeAsDefaultMessage);
		// Read once: the bundles are in the jar and do not change while it runs.
		messages.setCacheSeconds(-1);
		return messages;
	}
}
