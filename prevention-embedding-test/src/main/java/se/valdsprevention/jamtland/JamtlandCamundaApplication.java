package se.valdsprevention.jamtland;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Länsstyrelsen Jämtland's own Camunda application, as it might look before it takes up the IAVP
 * process: a plain Camunda Spring Boot application. Adding the prevention-workflows dependency and the
 * county's {@code prevention.county.*} configuration is all it does to run the same process.
 */
@SpringBootApplication
public class JamtlandCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(JamtlandCamundaApplication.class, args);
    }
}
