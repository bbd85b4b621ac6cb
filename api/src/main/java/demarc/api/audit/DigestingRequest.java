package demarc.api.audit;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is hashed (SHA-256) and counted as the application reads it, so that the audit has the
 * source hash of an import without holding the body a second time.
 */
final class DigestingRequest extends HttpServletRequestWrapper {

    private final MessageDigest digest = SourceDigest.newDigest();
    private long bytes;
    private ServletInputStream stream;

    DigestingRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Digesting(super.getInputStream());
        }
        return stream;
    }

    /** How many bytes of the body were read; 0 when none were. */
    long bytes() {
        return bytes;
    }

    /** The SHA-256 of the bytes read, or null when none were. */
    String sha256() {
        return bytes == 0 ? null : HexFormat.of().formatHex(digest.digest());
    }

    private final class Digesting extends ServletInputStream {

        private final ServletInputStream in;

        Digesting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                bytes++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
                bytes += n;
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
