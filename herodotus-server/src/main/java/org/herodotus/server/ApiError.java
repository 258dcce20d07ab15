package org.herodotus.server;

/**
 * A request that cannot be answered, with the HTTP status that says why; the server turns it
 * into a JSON error body ({@code {"status": 400, "error": "…"}}).
 */
public final class ApiError extends RuntimeException {

    private final int status;

    /** An error with HTTP status {@code status} and a message for the client. */
    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** 400: a parameter or body the server cannot use. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** 404: nothing at this path. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
