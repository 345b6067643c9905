package se.valdsprevention.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the engine, Tasklist, Cockpit, Admin and the REST API on the configured database. */
@SpringBootApplication
public class PreventionApplication {

    public static void main(String[] args) {
        SpringApplication.run(PreventionApplication.class, args);
    }
}
