package se.valdsprevention.web.home;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The start page. */
@Configuration(proxyBeanMethods = false)
@Import({HomePage.class, MunicipalityOverviews.class, MyProposals.class})
public class HomeConfiguration {}
