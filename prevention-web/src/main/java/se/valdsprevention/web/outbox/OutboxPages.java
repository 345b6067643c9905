package se.valdsprevention.web.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The outbox page. */
@Configuration(proxyBeanMethods = false)
@Import(OutboxPage.class)
public class OutboxPages {}
