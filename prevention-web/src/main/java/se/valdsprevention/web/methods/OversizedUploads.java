package se.valdsprevention.web.methods;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload to the method bank that is larger than any multipart request may be with 413 and a short
 * Swedish page, before the request's form (and its CSRF token) is read. Without it the form could not be read
 * and the refusal would be a misleading 403, or a reset connection. The body is read and discarded first (up to
 * {@link #DRAIN_MAX} bytes), so that the browser gets to see the answer.
 */
class OversizedUploads extends OncePerRequestFilter {

    /** The most this filter reads and discards to deliver its answer; a larger request only gets the answer. */
    static final long DRAIN_MAX = 512L * 1024 * 1024;

    private final long maxRequestSize;

    /** @param maxRequestSize the largest multipart request read; negative for no limit */
    OversizedUploads(long maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return maxRequestSize < 0
                || !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || !request.getRequestURI().startsWith(request.getContextPath() + "/metodbank/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= maxRequestSize) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= DRAIN_MAX) {
            drain(request.getInputStream());
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType("text/html;charset=UTF-8");
        if (length > DRAIN_MAX) {
            response.setHeader("Connection", "close");
        }
        response.getWriter().write(page(request.getContextPath()));
    }

    /** A page of its own: the request is not handed on, so the workspace's templates are not used. */
    private static String page(String contextPath) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Filen är för stor – Våldsprevention</title>"
                + "<link rel=\"stylesheet\" href=\"" + contextPath + "/prevention-web/workspace.css\"></head>"
                + "<body><main id=\"innehall\"><h1>Filen är för stor</h1>"
                + "<p>Det du skickade var för stort för att tas emot, och ingenting har sparats. En bilaga får vara "
                + "högst så stor som sidan anger. Gå tillbaka och välj en mindre fil.</p>"
                + "<p><a href=\"" + contextPath + "/metodbank\">Till metodbanken</a></p></main></body></html>";
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (body.read(buffer) >= 0) {
            // discarded
        }
    }
}
