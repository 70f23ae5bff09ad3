package cn.nianbao.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One round of B8: a report from 本机关报告 to the PDF on the portal, in one headless Chromium, each person logging in
 * in turn. The first round creates the year's report; each later one corrects the report just published (更正), so
 * every round drafts, saves, submits, reviews, signs off and publishes a new edition. Each step is timed by
 * {@link StepTimes} from the click to the moment the page shows what the step leads to and Vaadin has no request in
 * flight; what only prepares a step (typing, the correction note, waiting for the publication) is not timed.
 */
final class B8Journey {

    /** True when no Vaadin client on the page has a request in flight (or the page is not a Vaadin page). */
    private static final String IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            return !flow || !flow.clients || Object.values(flow.clients)
                .every(c => typeof c.isActive !== 'function' || !c.isActive());
            """;

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Browser browser;
    private final String baseUrl;
    private final B8People people;
    private final int year;
    private final StepTimes times;
    private final HttpClient http = HttpClient.newHttpClient();
    private String publicPage;
    private int round;

    B8Journey(Browser browser, String baseUrl, B8People people, int year, StepTimes times) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.people = people;
        this.year = year;
        this.times = times;
    }

    /** One round; returns the PDF's first bytes as read, so a caller can check that it is one. */
    byte[] round() {
        round++;
        login(people.handler());
        clickAndWait(
                B8Step.REPORTS, By.cssSelector("vaadin-side-nav-item[path$='reports']"), () -> present("#reports"));
        if (publicPage == null) {
            browser.fill("new-report-year", String.valueOf(year));
            browser.click(By.id("create-report"));
        } else {
            browser.click(By.cssSelector("#reports vaadin-button"));
            browser.fill("correction-note-input", "第 " + round + " 轮：更正总体情况中的表述。");
            browser.click(By.id("correct"));
        }
        browser.until(d -> d.getCurrentUrl().contains("/tasks/"));
        browser.open("/");
        clickAndWait(
                B8Step.OPEN_DRAFT,
                By.cssSelector("vaadin-button.open-task"),
                () -> present("#cell-t4-lit_after-total") && present("#section-S6"));
        browser.fill("section-S1", "本机关本年度共收到政府信息公开申请 0 件（第 " + round + " 轮）。");
        browser.fill("section-S6", "本年度未收取信息处理费。");
        int saved = saveNotices();
        clickAndWait(B8Step.SAVE, By.id("save"), () -> saveNotices() > saved);
        clickAndWait(B8Step.SUBMIT, By.id("submit"), () -> !browser.url().contains("/tasks/") && present("#logout"));
        clickAndWait(B8Step.FLOOR, By.id("change-own-password"), () -> present("#change-password"));
        browser.logout();
        for (String reviewer : List.of(people.secrecy(), people.supervisor())) {
            review(reviewer, B8Step.APPROVE);
        }
        review(people.lead(), B8Step.SIGN_OFF);
        return visitPortal();
    }

    private void login(String username) {
        browser.open("/login");
        browser.fill("vaadinLoginUsername", username);
        browser.fill("vaadinLoginPassword", people.password());
        clickAndWait(
                B8Step.LOGIN,
                By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"),
                () -> !browser.url().contains("/login") && (present("#inbox") || present("#inbox-empty")));
    }

    private void review(String reviewer, B8Step decision) {
        login(reviewer);
        clickAndWait(B8Step.OPEN_REVIEW, By.cssSelector("vaadin-button.open-task"), () -> present("table.t3"));
        browser.fill("opinion", "同意");
        if (decision == B8Step.SIGN_OFF) {
            // 签发 asks first (it publishes and cannot be taken back): timed from the click that confirms it
            browser.click(By.id("approve"));
            clickAndWait(decision, By.cssSelector("vaadin-button[slot='confirm-button']"), this::leftTask);
        } else {
            clickAndWait(decision, By.id("approve"), this::leftTask);
        }
        browser.logout();
    }

    /** The visitor: the new edition's page once the portal lists it, then its PDF over HTTP (a download). */
    private byte[] visitPortal() {
        String title = people.agencyName() + year + "年政府信息公开工作年度报告";
        String previous = publicPage;
        waitFor("the portal lists the new edition", () -> {
            browser.open("/public");
            String href = browser.all(By.linkText(title)).stream()
                    .map(link -> link.getDomProperty("href"))
                    .findFirst()
                    .orElse(null);
            publicPage = href != null && !href.equals(previous) ? href : previous;
            return publicPage != null && !publicPage.equals(previous);
        });
        times.time(
                B8Step.PUBLIC_PAGE,
                () -> browser.open(publicPage.substring(baseUrl.length())),
                () -> present("td[data-cell='t3.new.np']"),
                this::waitFor);
        byte[][] pdf = new byte[1][];
        times.time(B8Step.PDF, () -> pdf[0] = download(publicPage + ".pdf"), () -> true, this::waitFor);
        return pdf[0];
    }

    private byte[] download(String url) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void clickAndWait(B8Step step, By target, BooleanSupplier done) {
        WebElement element = browser.until(ExpectedConditions.elementToBeClickable(target)::apply);
        browser.run("arguments[0].scrollIntoView({block: 'center'})", element);
        times.time(step, element::click, () -> done.getAsBoolean() && idle(), this::waitFor);
    }

    private boolean leftTask() {
        return !browser.url().contains("/tasks/") && present("#logout");
    }

    private int saveNotices() {
        return ((Number) browser.run("return [...document.querySelectorAll('vaadin-notification-card')]"
                        + ".filter(c => c.innerText.includes('已保存')).length;"))
                .intValue();
    }

    private boolean present(String selector) {
        return Boolean.TRUE.equals(browser.run("return !!document.querySelector(arguments[0]);", selector));
    }

    private boolean idle() {
        return Boolean.TRUE.equals(browser.run(IDLE));
    }

    /** Polls every 10 ms (the browser's own waits poll every 500 ms, too coarse to time a step by). */
    private void waitFor(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (WebDriverException pageChanging) {
                // a page being replaced answers no script: ask again
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        browser.screenshot("b8-" + what.replaceAll("[^\\p{L}\\p{N}]+", "-"));
        throw new IllegalStateException("B8: waited " + PATIENCE.toSeconds() + " s for " + what);
    }
}
