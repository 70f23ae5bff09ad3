package cn.nianbao.publication;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 大字 / 标准 switch of the portal: a plain link (no script) that keeps the choice in a cookie for a year and sends
 * the visitor back to the portal page the link was on. Only a page of the portal is a place to go back to, so that the
 * link cannot be used to send someone elsewhere.
 */
@Controller
class TextSizeController {

    static final String PATH = "/public/text-size";

    @GetMapping(PATH)
    ResponseEntity<Void> choose(
            @RequestParam(required = false) String size, @RequestParam(required = false) String back) {
        ResponseCookie cookie = ResponseCookie.from(
                        TextSize.COOKIE, TextSize.of(size).cookieValue())
                .path("/public")
                .maxAge(Duration.ofDays(365))
                .sameSite("Lax")
                .httpOnly(true)
                .build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create(portalPage(back)))
                .cacheControl(CacheControl.noStore())
                .build();
    }

    /** {@code back} if it is a path on the portal, otherwise the portal's list. */
    static String portalPage(String back) {
        boolean onPortal = back != null
                && (back.equals("/public") || back.startsWith("/public/") || back.startsWith("/public?"))
                && back.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\')
                && !back.contains("//")
                && !back.contains("..");
        if (!onPortal) {
            return "/public";
        }
        try {
            URI.create(back);
            return back;
        } catch (IllegalArgumentException e) {
            return "/public";
        }
    }
}
