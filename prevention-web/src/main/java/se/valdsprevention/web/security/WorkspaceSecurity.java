package se.valdsprevention.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.valdsprevention.workflows.county.CountyProperties;

/**
 * One login for the workspace pages and Camunda's Tasklist, Cockpit and Admin.
 *
 * <ul>
 *   <li>Pages: Spring Security form login on {@code /login} against Camunda's identity service, CSRF on every
 *       form; {@code POST /logout} ends the session, and with it the webapps' login.
 *   <li>Camunda's webapps ({@code /camunda/app/*}, {@code /camunda/api/*}): Camunda's
 *       {@link ContainerBasedAuthenticationFilter} takes the user from the same session, so nobody logs in twice.
 *       Tasklist's own logout button ends the whole session too. Camunda's own CSRF filter guards its API.
 *   <li>{@code /engine-rest}: untouched here; the application authenticates it with HTTP basic.
 *   <li>{@code /api}: the domain API, HTTP basic against the same identity service, no session.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WorkspaceSecurity {

    /** Where the webapps live: {@code camunda.bpm.webapp.application-path}, {@code /camunda} by default. */
    private final String webappPath;

    public WorkspaceSecurity(CamundaBpmProperties camunda) {
        String path = camunda.getWebapp().getApplicationPath();
        this.webappPath = path == null || path.isBlank() ? "/camunda" : path;
    }

    @Bean
    WorkspaceUsers workspaceUsers(IdentityService identityService, CountyProperties county) {
        return new WorkspaceUsers(identityService, county);
    }

    @Bean
    CamundaIdentityAuthentication camundaIdentityAuthentication(IdentityService identityService) {
        return new CamundaIdentityAuthentication(identityService);
    }

    @Bean
    AuthenticationManager workspaceAuthenticationManager(CamundaIdentityAuthentication camundaIdentity) {
        return new ProviderManager(camundaIdentity);
    }

    /** The engine REST API authenticates itself (HTTP basic through Camunda's filter): no session, no CSRF here. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    /** The domain API: HTTP basic for machines and scripts, never the browser's session (so no CSRF). */
    @Bean
    @Order(2)
    SecurityFilterChain domainApiChain(HttpSecurity http, AuthenticationManager workspaceAuthenticationManager)
            throws Exception {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("prevention");
        return http.securityMatcher(path("/api/**"))
                .authenticationManager(workspaceAuthenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .csrf(csrf -> csrf.disable())
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(challenge))
                .build();
    }

    /** Pages and the webapps: one form login, one session. */
    @Bean
    @Order(3)
    SecurityFilterChain workspaceChain(HttpSecurity http, AuthenticationManager workspaceAuthenticationManager)
            throws Exception {
        RequestMatcher webappApi = path(webappPath + "/api/**");
        RequestMatcher webappLogout = PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, webappPath + "/api/admin/auth/user/{engine}/logout");
        RequestMatcher pageLogout = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout");
        return http.authenticationManager(workspaceAuthenticationManager)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                path("/login"),
                                path("/error"),
                                path("/webjars/**"),
                                path("/prevention-web/**"),
                                path("/favicon.ico"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureUrl("/login?fel")
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(
                                new OrRequestMatcher(pageLogout, new SameOriginRequest(webappLogout)))
                        .logoutSuccessUrl("/login?utloggad")
                        .defaultLogoutSuccessHandlerFor(
                                new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK), webappLogout)
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN); the pages use Spring's.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path(webappPath + "/**")))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginOr401(webappApi)))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** The webapps' API answers 401 to a request without login (Tasklist then shows it); everything else goes to /login. */
    private static AuthenticationEntryPoint loginOr401(RequestMatcher api) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(api, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /** A path of the whole application, whichever servlet serves it (Jersey serves the engine's REST APIs). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Lets Camunda's webapps trust the session's login. Registered after Spring Security's filter (order -100),
     * so the request already carries the user, and before the webapps' own filters, which the starter adds last.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("prevention-webapp-single-sign-on");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
        registration.setOrder(101);
        return registration;
    }

    @Bean
    WebMvcConfigurer engineAuthenticationOfPages(IdentityService identityService, WorkspaceUsers users) {
        EngineAuthentication engineAuthentication = new EngineAuthentication(identityService, users);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(engineAuthentication);
            }
        };
    }

    /**
     * Tasklist's logout as Camunda itself accepts it: the {@code X-XSRF-TOKEN} header equal to the
     * {@code XSRF-TOKEN} cookie. Anything else goes on to Camunda's own CSRF check.
     */
    private record SameOriginRequest(RequestMatcher path) implements RequestMatcher {

        @Override
        public boolean matches(HttpServletRequest request) {
            if (!path.matches(request)) {
                return false;
            }
            String header = request.getHeader("X-XSRF-TOKEN");
            if (header == null || header.isBlank() || request.getCookies() == null) {
                return false;
            }
            for (var cookie : request.getCookies()) {
                if ("XSRF-TOKEN".equals(cookie.getName()) && header.equals(cookie.getValue())) {
                    return true;
                }
            }
            return false;
        }
    }
}
