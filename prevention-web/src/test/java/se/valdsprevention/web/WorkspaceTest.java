package se.valdsprevention.web;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workspace as a county embeds it: a real engine with authorization on, an H2 file database (fresh per test
 * class, under target/), the pages and Tasklist on a random port. Tests talk to it over HTTP as a browser without
 * JavaScript would, through {@link PageSession}.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WorkspaceTest {

    private static final Path DATABASE = Path.of("target", "h2", "web-" + UUID.randomUUID(), "prevention");

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath());
    }

    /** A browser session, logged in as {@code user} with the test password. */
    protected PageSession loggedIn(String user) {
        PageSession session = anonymous();
        session.login(user, TestUsers.PASSWORD);
        return session;
    }

    /** A browser session nobody has logged in to yet. */
    protected PageSession anonymous() {
        return new PageSession("http://localhost:" + port);
    }
}
