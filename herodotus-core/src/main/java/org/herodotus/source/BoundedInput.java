package org.herodotus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one document's bytes without ever holding more than the limit for one document: a
 * stream that runs past it fails with {@link TooLargeException} as soon as it does, so a huge or
 * endless input costs no more memory than an allowed one.
 */
final class BoundedInput {

    private BoundedInput() {
    }

    /**
     * Every byte of {@code in}.
     *
     * @throws TooLargeException naming {@code origin} when there are more than the limit allows
     */
    static byte[] readAll(InputStream in, String origin, InputLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                throw tooLarge(origin, limits);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** The error for a document at {@code origin} over the limit; its message is what the user reads. */
    static TooLargeException tooLarge(String origin, InputLimits limits) {
        return new TooLargeException(origin + ": larger than the " + (limits.maxDocumentBytes() >> 20)
                + " MiB limit for one document; skipped");
    }

    /** A document over the size limit: skipped, with this message as its error. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }
}
