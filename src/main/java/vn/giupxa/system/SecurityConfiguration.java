package vn.giupxa.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.giupxa.account.Role;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may call what. Route rules here are coarse (role per area); scope checks (which units)
 * happen in the modules' queries. {@code AuthorizationMatrixTest} holds every route to this.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${giupxa.security.absolute-session-timeout:12h}") Duration absoluteTimeout) throws Exception {
		RequestMatcher api = pathPattern("/api/**");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**", "/webjars/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/units", "/units/**", "/api/v1/units", "/api/v1/units/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/cong-khai/**").permitAll()
			// Calendar apps cannot log in: the feed's secret token names the account (fieldwork.CalendarFeeds).
			.requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll()
			.requestMatchers(HttpMethod.GET, "/programs", "/criteria-sets", "/criteria-sets/**", "/tieu-chi/**",
					"/api/v1/programs", "/api/v1/criteria-sets", "/api/v1/criteria-sets/**").permitAll()
			.requestMatchers(HttpMethod.POST, "/programs/**", "/communes/*/scorecard/verify", "/communes/*/scorecard/return",
					"/communes/*/recognitions", "/communes/*/classifications", "/targets")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name())
			.requestMatchers(HttpMethod.POST, "/communes/*/scorecard/values", "/communes/*/scorecard/submit")
			.hasAnyRole(Role.ADMIN.name(), Role.COMMUNE_OFFICER.name())
			.requestMatchers(HttpMethod.POST, "/targets/*/actuals", "/criteria/import")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name(), Role.COMMUNE_OFFICER.name())
			.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/directory/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name(), Role.PROVINCIAL_LEADERSHIP.name(),
					Role.EVALUATOR.name())
			.requestMatchers("/directory/**").hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name())
			.requestMatchers(HttpMethod.POST, "/units/**").hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name(),
					Role.COMMUNE_OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/tin-tuc", "/tin-tuc/**", "/chuyen-muc/**", "/van-ban", "/van-ban/**",
					"/tai-ve/**", "/anh/**", "/tim-kiem", "/rss", "/rss/**", "/sitemap.xml", "/api/v1/articles",
					"/api/v1/articles/**", "/api/v1/documents", "/api/v1/documents/**").permitAll()
			.requestMatchers("/portal/**").hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/assignments/decisions", "/assignments/decisions/**", "/assignments/coverage",
					"/assignments/requests")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name(), Role.PROVINCIAL_LEADERSHIP.name(),
					Role.EVALUATOR.name(), Role.DISTRICT_OFFICER.name())
			.requestMatchers("/assignments/*/requests", "/assignments/*/requests/new")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name(), Role.AGENCY_LEADER.name(),
					Role.HELP_TEAM_MEMBER.name())
			.requestMatchers(HttpMethod.POST, "/assignments/**").hasAnyRole(Role.ADMIN.name(), Role.COORDINATION_OFFICE.name())
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", false).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true).deleteCookies("SESSION"))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
						new RequestMatcherEntry<>(api, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))))
				.accessDeniedHandler((request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterAfter(new AbsoluteSessionTimeoutFilter(absoluteTimeout),
					org.springframework.security.web.context.SecurityContextHolderFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(12);
	}

	/**
	 * No Micrometer observations of the security filter chain, authentication or authorization: nothing
	 * collects them (only health is exposed) and wrapping every filter in an observation took about a tenth
	 * of a signed-in request's processor time (bench/program). Denials still reach the audit trail as events.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Publishes denials so the audit trail records them. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}
}
