package se.valdsprevention.web.checkin;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The check-in pages: the list of check-ins and the protocol of each. */
@Configuration(proxyBeanMethods = false)
@Import({CheckInListPage.class, ProtocolPage.class})
public class CheckInPages {}
