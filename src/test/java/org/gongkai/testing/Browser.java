package org.gongkai.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, started with the flags this closed network
 * needs (no background connections). Nothing is downloaded: the driver and browser paths are fixed, so
 * Selenium's driver manager never runs. ./run-tests installs both when they are missing.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Selenium logs a warning per session that it has no CDP bindings for this Chromium; WebDriver does not need them. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;

    public Browser(int width, int height) {
        this(width, height, false);
    }

    /**
     * A browser that, when {@code recording}, keeps Chromium's network and console logs for {@link #requests()}
     * and {@link #console()}, and resolves no host name at all, so that a page that asks for another site
     * is seen asking and never reaches it.
     */
    public Browser(int width, int height, boolean recording) {
        try {
            profile = Files.createTempDirectory("gongkai-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        if (recording) {
            options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Every URL the pages asked for since the last call, in order, from the network log of a recording browser. */
    public List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (JsonProcessingException e) {
                throw new AssertionError("Chromium wrote a log entry that is not JSON: " + entry.getMessage(), e);
            }
        }
        return urls;
    }

    /** The console's messages since the last call, as "LEVEL message", from a recording browser. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /** Polls until the condition holds, or fails after ten seconds; pages that fetch data settle later than load. */
    public void waitUntil(String what, java.util.function.Predicate<ChromeDriver> condition) {
        waitUntil(what, 10, condition);
    }

    /**
     * Polls until the condition holds, or fails after {@code seconds}: for conditions that wait on a build. An element
     * the condition looks for that is not there yet, or went with the page that held it, means not yet: after a
     * key press that submits a form, the next page may still be on its way.
     */
    public void waitUntil(String what, int seconds, java.util.function.Predicate<ChromeDriver> condition) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }

    private boolean holds(java.util.function.Predicate<ChromeDriver> condition) {
        try {
            return condition.test(driver);
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The profile is a temporary folder; a leftover does no harm.
        }
    }
}
