package org.gutskin.server;

/** An answer other than success, with its HTTP status and a one-line message for the caller. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ApiError notFound(String what) {
        return new ApiError(404, what + " not found");
    }
}
