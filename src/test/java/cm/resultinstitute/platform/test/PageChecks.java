package cm.resultinstitute.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What every page must pass in the browser, whatever its role, language, width and scheme: laid out for the phone's
 * width and nothing wider than the screen, no error in the console, and no serious or critical axe-core violation (WCAG A and AA, best practices).
 */
public final class PageChecks {

    private static final String AXE = axeSource();

    private PageChecks() {}

    /** Everything wrong with the page now open, one line each; empty when it passes. */
    public static List<String> problems(WebDriver page) {
        List<String> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(script(page, """
                const viewport = document.querySelector('meta[name=viewport]');
                return viewport != null && viewport.content.includes('width=device-width');"""))) {
            problems.add("no <meta name=viewport content=width=device-width>: a phone lays the page out 980 px wide");
        }
        long overflow = ((Number) script(
                        page, "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
        if (overflow > 0) {
            problems.add("wider than the screen by " + overflow + " px: " + script(page, """
                    const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
                    const inScroller = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                        if (scrolls(p)) return true; } return false; };
                    return Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .filter(e => !inScroller(e))
                        .slice(0, 6)
                        .map(e => e.tagName + '.' + e.className + '#' + e.id + ' "'
                            + (e.textContent || '').trim().slice(0, 30) + '":'
                            + Math.round(e.getBoundingClientRect().right))
                        .join(', ');"""));
        }
        Object duplicateIds = script(page, """
                const seen = new Set(), twice = new Set();
                document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) twice.add(e.id); seen.add(e.id); });
                return Array.from(twice).join(', ');""");
        if (!"".equals(duplicateIds)) {
            problems.add("ids given to more than one element (labels and links find the first): " + duplicateIds);
        }
        for (LogEntry entry : page.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + entry.getMessage());
            }
        }
        script(page, AXE);
        Object violations = ((JavascriptExecutor) page).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                                                    'best-practice']}})
                    .then(result => done(result.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => 'axe ' + v.impact + ' ' + v.id + ': '
                            + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                                .replace(/\\s+/g, ' ').slice(0, 160)).join(' | '))))
                    .catch(error => done(['axe failed: ' + error]));""");
        for (Object violation : (List<?>) violations) {
            problems.add(Objects.toString(violation));
        }
        return problems;
    }

    /** Drops what the console said so far, so that the next page is judged on its own messages. */
    public static void forgetConsole(WebDriver page) {
        page.manage().logs().get(LogType.BROWSER);
    }

    private static Object script(WebDriver page, String script) {
        return ((JavascriptExecutor) page).executeScript(script);
    }

    private static String axeSource() {
        try (InputStream axe = PageChecks.class.getResourceAsStream("/axe.min.js")) {
            if (axe == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium carries it");
            }
            return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
