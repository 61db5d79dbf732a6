package org.gutskin.server;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.kb.RedFlagGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium (Selenium with /usr/bin/chromedriver; nothing is downloaded): sign in,
 * upload a real MetaPhlAn profile from ../shared/data, answer the safety questions that come before every report,
 * open the report and see the plot, run the label checker; a yes to a warning sign shows the red "seek medical care
 * today" box, skipping the questions the amber not-assessed box, and a free-text question its safety answer first.
 * Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Slow
@RequiresShared
class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private Path dataDir;
    private GutskinServer server;
    private WebDriver driver;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "browser test skipped: apt-get install -y chromium chromium-driver");
        dataDir = Files.createTempDirectory("gutskin-browser");
        server = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dataDir,
                ServerOptions.DEFAULT_MAX_UPLOAD, true));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    private void signIn(WebDriverWait wait) {
        driver.get("http://127.0.0.1:" + server.port() + "/#/samples");
        wait.until(d -> d.findElement(By.id("view-signin")).isDisplayed() || d.findElement(By.id("view-samples"))
                .isDisplayed());
        if (driver.findElement(By.id("view-signin")).isDisplayed()) {
            driver.findElement(By.id("username")).sendKeys(DemoSeed.USER);
            driver.findElement(By.id("password")).sendKeys(DemoSeed.PASSWORD);
            driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-samples")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-table"), "Subj001_time1_S1"));
    }

    /**
     * The page from its top as target/screenshots/NAME.png: with {@code fullPage} the window is grown to the page's
     * height for the shot (a report's frame is sized to the window, so report pages are shot as the window shows them).
     */
    private void screenshot(String name, boolean fullPage) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Dimension before = driver.manage().window().getSize();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (fullPage) {
            long h = (Long) js.executeScript(
                    "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(h + 140, 5000)));
        }
        js.executeScript("window.scrollTo(0, 0);");
        Thread.sleep(300);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        if (fullPage) driver.manage().window().setSize(before);
    }

    @Test
    void safetyQuestionsComeBeforeEveryReport() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        signIn(wait);
        driver.findElement(By.linkText("Subj001_time1_S1")).click();

        // the form, not the report: the questions grouped under the knowledge base's group titles
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-triage")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#triage-questions .q")));
        assertThat(driver.findElement(By.id("view-report")).isDisplayed()).isFalse();
        List<String> legends = driver.findElements(By.cssSelector("#triage-questions legend")).stream()
                .map(WebElement::getText).toList();
        assertThat(legends).containsExactly(RedFlagGroup.SKIN.title(), RedFlagGroup.GUT.title(),
                RedFlagGroup.SAFETY_CONTEXT.title());
        assertThat(driver.findElements(By.cssSelector("#triage-questions .q"))).hasSize(19);
        assertThat(driver.findElement(By.id("triage-help")).getText()).contains("urgent-care: Please get medical"
                + " care today").contains("not-assessed: ").contains("clinician-first: ").contains("standard: ");
        RedFlagEntry fever = KnowledgeBase.get().redFlag("fever_or_feeling_unwell_with_rash").orElseThrow();
        assertThat(driver.findElement(By.id("triage-questions")).getText()).contains(fever.question());
        // nothing answered: "Show report" does not quietly skip
        driver.findElement(By.id("triage-submit")).click();
        assertThat(driver.findElement(By.id("triage-error")).getText()).contains("Skip the questions");
        assertThat(driver.findElement(By.id("view-triage")).isDisplayed()).isTrue();
        driver.findElement(By.cssSelector("label[for='q-fever_or_feeling_unwell_with_rash-yes']")).click();
        driver.findElement(By.cssSelector("label[for='q-pregnant_or_breastfeeding-no']")).click();
        assertThat(driver.findElement(By.id("triage-error")).getText()).isEmpty();
        driver.findElement(By.id("triage-age")).sendKeys("40"); // the optional age: the reader's lanes first
        screenshot("1-triage-form", true);

        driver.findElement(By.id("triage-submit")).click();
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#route-banner.route-urgent-care")));
        assertThat(banner.getText()).contains("Please get medical care today");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-urgent-care")));
        assertThat(box.getText()).contains("Seek medical care today").contains(fever.question())
                .contains("Answered by demo");
        assertThat(driver.findElement(By.cssSelector("tr.reader")).getText()).contains("Adults")
                .contains("your age group");
        driver.switchTo().defaultContent();
        assertThat(driver.findElement(By.id("dl-json")).getAttribute("href")).contains("age=40");
        screenshot("2-report-urgent-care", false);

        // the explicit skip: the report is marked not-assessed and lists the questions
        driver.findElement(By.linkText("Samples")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-table"), "Subj004_time1_S4"));
        driver.findElement(By.linkText("Subj004_time1_S4")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-skip"))).click();
        banner = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#route-banner.route-not-assessed")));
        assertThat(banner.getText()).contains("The questions were skipped");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        box = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-not-assessed")));
        assertThat(box.getText()).contains("Safety questions not assessed").contains(fever.question());
        driver.switchTo().defaultContent();
        screenshot("3-report-not-assessed", false);

        // a reload of the report keeps its banner (the route read back from the report)
        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#route-banner.route-not-assessed")));

        // a free-text question: the safety answer before the next step and the ladder
        driver.findElement(By.linkText("Evidence")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-question")))
                .sendKeys("My eczema flared overnight into painful blisters and I have a temperature");
        driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question-route")));
        assertThat(answer.getDomAttribute("class")).contains("route-urgent-care");
        String safety = driver.findElement(By.id("evidence-safety")).getText();
        assertThat(safety).startsWith("Urgent care").contains("Next step:");
        assertThat(safety.indexOf("Urgent care")).isLessThan(safety.indexOf("Next step:"));
        wait.until(d -> !d.findElement(By.id("evidence-result")).getText().isEmpty());
        screenshot("4-evidence-question", false);
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        ServiceSuite.deleteTree(dataDir);
    }

    @Test
    void signInUploadReportAndLabelChecker() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get("http://127.0.0.1:" + server.port() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(DemoSeed.USER);
        driver.findElement(By.id("password")).sendKeys(DemoSeed.PASSWORD);
        driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-samples")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-table"), "Subj001_time1_S1"));

        driver.findElement(By.linkText("Upload")).click();
        Path profile = ServiceSuite.METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt")
                .toAbsolutePath().normalize();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(profile.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "Stored:"));
        assertThat(driver.findElement(By.id("progress")).getDomAttribute("value")).isEqualTo("100");
        WebElement reportLink = driver.findElement(By.cssSelector("#upload-result a"));
        assertThat(reportLink.getText()).isEqualTo("Report for MOCK_001_Illumina_Hiseq_3000"); // the reader drops .metaphlan3_profile
        reportLink.click();

        // the safety questions come first; every one answered no gives the standard route
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-triage")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#triage-questions .q")));
        for (RedFlagEntry r : KnowledgeBase.get().redFlags()) {
            driver.findElement(By.cssSelector("label[for='q-" + r.key() + "-no']")).click();
        }
        driver.findElement(By.id("triage-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#route-banner.route-standard")));
        assertThat(driver.getCurrentUrl()).matches(".*#/report/\\d+/\\d+");

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg")));
        assertThat(driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        assertThat(driver.getPageSource()).contains("MOCK_001_Illumina_Hiseq_3000");
        assertThat(driver.findElements(By.id("route-standard"))).hasSize(1);
        driver.switchTo().defaultContent();

        driver.findElement(By.linkText("Label checker")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-text")))
                .sendKeys("Lactobacillus rhamnosus GG, 10 billion CFU per capsule");
        driver.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        wait.until(d -> !d.findElement(By.id("label-result")).getText().equals("Checking…")
                && !d.findElement(By.id("label-result")).getText().isEmpty());
        String result = driver.findElement(By.id("label-result")).getText();
        // LGG is named with its current and former genus in the verdict (the evidence engine's renaming table)
        assertThat(result).startsWith("Verdict: ").contains("Lacticaseibacillus rhamnosus");

        // the same label for a preterm baby: the safety concern comes first, in the red box
        driver.findElement(By.cssSelector("label[for='ctx-preterm_or_newborn_infant']")).click();
        driver.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        WebElement concern = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-safety")));
        assertThat(concern.getText()).startsWith("Safety concern");
        assertThat(driver.findElement(By.id("label-result")).getText()).contains("Verdict: safety-concern");
        try {
            screenshot("5-label-safety-concern", false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
