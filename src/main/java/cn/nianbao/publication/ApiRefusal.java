package cn.nianbao.publication;

import org.springframework.http.HttpStatus;

/** An API request that cannot be answered as asked: its status and a Chinese title and reason (problem+json). */
class ApiRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    ApiRefusal(String title, String detail) {
        this(HttpStatus.BAD_REQUEST, title, detail);
    }

    ApiRefusal(HttpStatus status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    static ApiRefusal notFound(String detail) {
        return new ApiRefusal(HttpStatus.NOT_FOUND, "没有找到", detail);
    }
}
