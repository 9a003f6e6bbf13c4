package vn.giupxa.system;

import java.util.Locale;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches between the two languages the UI has; anything else means Vietnamese. */
class VietnameseFirstLocaleInterceptor extends LocaleChangeInterceptor {

	VietnameseFirstLocaleInterceptor() {
		setParamName("lang");
	}

	@Override
	protected Locale parseLocaleValue(String localeValue) {
		return "en".equalsIgnoreCase(localeValue) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
	}
}
