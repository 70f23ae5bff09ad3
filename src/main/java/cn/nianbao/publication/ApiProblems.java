package cn.nianbao.publication;

import cn.nianbao.base.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's refusals as problem+json with a Chinese title and detail, never Spring's error body or an exception's
 * text. An expected refusal: nothing is logged.
 */
@RestControllerAdvice(assignableTypes = PublicApiController.class)
class ApiProblems {

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<byte[]> refused(ApiRefusal e) {
        return Problems.answer(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<byte[]> malformed(MethodArgumentTypeMismatchException e) {
        return Problems.answer(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 有误", "编号和年度应为数字，请检查请求地址。");
    }
}
