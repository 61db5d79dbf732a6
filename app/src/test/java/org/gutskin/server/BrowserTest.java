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
import org.openqa.selenium.Keys;
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
            driver.findElement(By.id("username")).clear(); // a sign-out leaves the name typed before
            driver.findElement(By.id("username")).sendKeys(DemoSeed.USER);
            driver.findElement(By.id("password")).sendKeys(DemoSeed.PASSWORD);
            driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-samples")));
        wait.until(d -> !d.findElements(By.cssSelector("#samples-table tbody a")).isEmpty());
    }

    /** Searches the samples list for NAME (other tests may have stored many samples) and opens its report. */
    private void openSample(WebDriverWait wait, String name) {
        driver.findElement(By.linkText("Samples")).click();
        WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        q.clear();
        q.sendKeys(name, Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
    }

    private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    /**
     * axe-core (npm axe-core 4.x, installed by .ci/run into target/axe) on the page as shown: no violation of the
     * WCAG 2.0/2.1 A and AA rules with impact serious or critical. Without the file the check only says so (and
     * {@link #axeCoreIsInstalled} is skipped with the command that installs it).
     */
    private void assertAccessible(String page) throws Exception {
        if (!Files.isRegularFile(AXE)) {
            System.err.println("axe-core check of " + page + " skipped: " + AXE + " is absent (npm install --no-save"
                    + " --prefix app/target/axe axe-core@4)");
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(AXE));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target"
                + ".join(' ')).join(', '))), e => done(['axe failed: ' + e]));");
        assertThat((List<?>) result).as("axe-core on " + page).isEmpty();
    }

    @Test
    void axeCoreIsInstalled() {
        Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core absent: npm install --no-save --prefix"
                + " app/target/axe axe-core@4 (.ci/run does)");
        assertThat(AXE.toFile().length()).isGreaterThan(100_000);
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
        openSample(wait, "Subj001_time1_S1");

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
        assertThat(driver.findElement(By.id("checklist-link")).getAttribute("href")).contains("age=40")
                .contains("format=checklist-pdf");
        screenshot("2-report-urgent-care", false);

        // the explicit skip: the report is marked not-assessed and lists the questions
        openSample(wait, "Subj004_time1_S4");
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

        // signed in: the navigation and "Sign out" are shown
        assertThat(driver.findElement(By.id("nav")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("signout")).isDisplayed()).isTrue();
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
        assertThat(driver.getCurrentUrl()).matches(".*#/report/\\d+/\\d+"); // "not sure": no condition, every one

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
        assertThat(driver.findElement(By.cssSelector("#label-verdict h2")).getText()).isNotBlank();
        assertThat(result).contains("Lacticaseibacillus rhamnosus").contains("formerly Lactobacillus rhamnosus");

        // the same label for a preterm baby: the safety concern comes first, in the red box
        driver.findElement(By.cssSelector("label[for='ctx-preterm_or_newborn_infant']")).click();
        driver.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        WebElement concern = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-safety")));
        assertThat(concern.getText()).startsWith("Safety concern");
        assertThat(driver.findElement(By.cssSelector("#label-verdict h2")).getText())
                .isEqualTo(org.gutskin.evidence.label.Verdict.SAFETY_CONCERN.headline());
        try {
            screenshot("5-label-safety-concern", false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The browser's own fetch of a same-origin URL (the session cookie goes with it): status, type and first bytes. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> fetch(String url) {
        return (java.util.Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => { const b = new Uint8Array("
                + "await r.arrayBuffer()); done({status: r.status, type: r.headers.get('Content-Type'), size: b.length,"
                + " head: new TextDecoder('latin1').decode(b.slice(0, 400))}); }, e => done({status: -1, type: '' + e}));",
                url);
    }

    @Test
    void signedOutShowsOnlyTheSignInForm() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().deleteAllCookies();
        driver.get(base() + "/#/samples");
        driver.navigate().refresh(); // a new page: the script asks the server again and finds no session
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-signin")));
        // the nav and "Sign out" carry the hidden attribute while signed out; CSS must not show them
        assertThat(driver.findElement(By.id("nav")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("signout")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("more")).isDisplayed()).isFalse();
        assertAccessible("sign-in");
        screenshot("0-signed-out", false);
        // keyboard only: type, Tab to the password, Enter submits
        driver.findElement(By.id("username")).sendKeys(DemoSeed.USER, Keys.TAB);
        driver.switchTo().activeElement().sendKeys(DemoSeed.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
        assertThat(driver.findElement(By.id("signout")).isDisplayed()).isTrue();
        driver.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-signin")));
        assertThat(driver.findElement(By.id("nav")).isDisplayed()).isFalse();
    }

    /**
     * Batch jobs in the browser: two profiles and an answers file chosen, two formats ticked, submitted; the job's
     * row shows its progress and, when finished, a download link to the archive.
     */
    @Test
    void aBatchJobIsSubmittedFollowedAndDownloadedFromTheJobsView() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        signIn(wait);
        driver.findElement(By.linkText("Batch jobs")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-jobs")));
        wait.until(d -> !d.findElements(By.cssSelector("#job-formats input")).isEmpty());
        Path answers = Files.createTempFile(dataDir, "answers", ".tsv");
        Files.writeString(answers, "sample_id\tinfection_signs\nSubj001_time1_S1\ttrue\n");
        Path demo = Path.of("src/main/resources/demo").toAbsolutePath();
        driver.findElement(By.id("job-files")).sendKeys(demo.resolve("Subj001_time1_S1_metaphlan.txt") + "\n"
                + demo.resolve("Subj004_time1_S4_metaphlan.txt"));
        driver.findElement(By.id("job-answers")).sendKeys(answers.toString());
        driver.findElement(By.cssSelector("label[for=job-format-html]")).click();
        screenshot("8-batch-job-form", true);
        driver.findElement(By.cssSelector("#job-form button[type=submit]")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Download (zip)")));
        assertThat(link.getAttribute("href")).matches(".*/api/jobs/\\d+/archive");
        String row = driver.findElement(By.cssSelector("#jobs-table tbody tr")).getText();
        assertThat(row).contains("json, html").contains("2 of 2");
        assertAccessible("batch jobs");
        screenshot("9-batch-job-finished", true);
    }

    @Test
    void showMoreAppearsOnlyWhileTheSearchHasMore() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // 129 samples (the file's header has 129 sample columns), 80 of them named …_P (grep -c _P on the header
        // line); a page holds 50
        Client.Res r = new Client(server.port(), Client.token(server.port(), DemoSeed.USER, DemoSeed.PASSWORD))
                .upload(ServiceSuite.METAPHLAN.resolve("HMP2_subset_merged_metaphlan3_profiles.tsv"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        signIn(wait);
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("_P", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-count"), "Showing 50 of 80"));
        WebElement more = driver.findElement(By.id("more"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-count"), "Showing 80 of 80"));
        assertThat(driver.findElements(By.cssSelector("#samples-table tbody tr"))).hasSize(80);
        assertThat(more.isDisplayed()).isFalse();
        // the three demo profiles: one page, no "Show more"
        q.clear();
        q.sendKeys("Subj00", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("samples-count"), "Showing 3 of 3"));
        assertThat(more.isDisplayed()).isFalse();
        // the table sorts by a header, from the keyboard: Enter on the "Sample" header button
        WebElement sort = driver.findElement(By.cssSelector("#samples-table thead th:first-child button.sort"));
        sort.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#samples-table thead th:first-child")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(driver.findElements(By.cssSelector("#samples-table tbody td:first-child")).stream()
                .map(WebElement::getText).toList())
                .containsExactly("Subj001_time1_S1", "Subj001_time2_S2", "Subj004_time1_S4");
        sort.sendKeys(Keys.ENTER);
        assertThat(driver.findElements(By.cssSelector("#samples-table tbody td:first-child")).get(0).getText())
                .isEqualTo("Subj004_time1_S4");
        assertAccessible("samples");
        screenshot("6-samples-search", true);
    }

    @Test
    void personasWalkTheUi() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        signIn(wait);
        assertAccessible("samples");

        // --- a patient checks a label for eczema
        driver.findElement(By.linkText("Label checker")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("label-text")))
                .sendKeys("Lactobacillus rhamnosus GG, 5 billion CFU per capsule. Take 2 capsules daily.");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("label-condition")))
                .selectByValue("atopic-dermatitis");
        screenshot("p1-patient-label-form", false);
        assertAccessible("label checker");
        driver.findElement(By.cssSelector("#label-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("label-strains")).isEmpty()
                || !d.findElements(By.cssSelector("#label-result .error")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#label-result .error"))).as(driver.findElement(
                By.id("label-result")).getText()).isEmpty();
        WebElement table = driver.findElement(By.id("label-strains"));
        assertThat(driver.findElement(By.cssSelector("#label-verdict h2")).getText()).isNotBlank();
        List<String> head = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertThat(head).hasSize(5);
        assertThat(head.get(0)).contains("As printed");
        assertThat(head.get(4)).contains("Trial evidence for Atopic dermatitis");
        String row = table.findElement(By.cssSelector("tbody tr")).getText();
        // 5 billion × 2 capsules = 10 billion a day; the verified GG trials for eczema are ad-int-06, ad-prev-01 and
        // ad-prev-06 (interventions.yaml), one of them (ad-prev-01) a favourable RCT
        assertThat(row).contains("Lactobacillus rhamnosus GG").contains("Lacticaseibacillus rhamnosus").contains("GG")
                .contains("10 billion CFU a day").contains("3 trials of this strain").contains("1 controlled trial favoured");
        assertThat(driver.findElements(By.cssSelector("#label-reasons li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#label-reasons a[href^='https://doi.org/'],"
                + " #label-reasons a[href^='https://pubmed.ncbi.nlm.nih.gov/']"))).isNotEmpty();
        String page = driver.findElement(By.id("label-result")).getText();
        // no raw JSON: no key names or machine numbers
        assertThat(page).doesNotContain("supportive").doesNotContain("doseCfu").doesNotContain("10000000000")
                .doesNotContain("strainLevel");
        assertAccessible("label verdict");
        screenshot("p2-patient-label-verdict", true);

        // --- the evidence page: the ladder as the report draws it
        driver.findElement(By.linkText("Evidence")).click();
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("evidence-condition")))).selectByValue("atopic-dermatitis");
        driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
        WebElement img = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ladder-figure img")));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", img))
                .intValue() > 0);
        java.util.Map<String, Object> svg = fetch(img.getDomAttribute("src"));
        assertThat(svg.get("type").toString()).startsWith("image/svg+xml");
        assertThat(svg.get("head").toString()).contains("aria-label=\"Evidence ladder\"");
        assertThat(driver.findElements(By.cssSelector("#evidence-result .rung"))).hasSize(4);
        assertThat(driver.findElement(By.id("evidence-result")).getText()).doesNotContain("rung guideline")
                .doesNotContain("certaintyTier");
        assertAccessible("evidence");
        screenshot("p3-evidence-ladder", true);

        // --- a clinician uploads a profile, answers triage, picks a condition, reads and downloads the report
        driver.findElement(By.linkText("Upload")).click();
        assertAccessible("upload");
        Path profile = ServiceSuite.SHARED.resolve("data/formats/metaphlan/ERR7569997.metaphlan4.txt")
                .toAbsolutePath().normalize();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(profile.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "ERR7569997"));
        screenshot("c1-clinician-upload", false);
        driver.findElement(By.cssSelector("#upload-result a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#triage-questions .q")));
        for (RedFlagEntry e : KnowledgeBase.get().redFlags())
            driver.findElement(By.cssSelector("label[for='q-" + e.key() + "-no']")).click();
        org.openqa.selenium.support.ui.Select cond = new org.openqa.selenium.support.ui.Select(
                driver.findElement(By.id("triage-condition")));
        assertThat(cond.getOptions().get(0).getText()).startsWith("Not sure");
        assertThat(cond.getOptions()).hasSize(1 + KnowledgeBase.get().conditions().size());
        cond.selectByValue("atopic-dermatitis");
        boolean audiences = driver.findElement(By.id("triage-audience-box")).isDisplayed();
        assertThat(audiences).as("the audience menu, filled from the registry list report-audiences").isTrue();
        if (audiences) new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("triage-audience")))
                .selectByValue("clinician");
        assertAccessible("triage");
        screenshot("c2-clinician-triage", true);
        driver.findElement(By.id("triage-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#route-banner.route-standard")));
        assertThat(driver.getCurrentUrl()).contains("condition=atopic-dermatitis");
        WebElement checklist = driver.findElement(By.id("checklist-link"));
        assertThat(checklist.isDisplayed()).isTrue();
        assertThat(checklist.getAttribute("href")).contains("format=checklist-pdf").contains("condition=atopic-dermatitis");
        // the interactive charts: a composition segment shows its value on hover
        WebElement seg = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#glance-composition rect")));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(seg).perform();
        wait.until(d -> d.findElement(By.id("glance-value")).getText().matches(".*: \\d+\\.\\d\\d %"));
        // and by keyboard: a reference marker shows its percentile on focus
        List<WebElement> marks = driver.findElements(By.cssSelector("#glance-reference circle"));
        if (!marks.isEmpty()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus();", marks.get(0));
            wait.until(d -> d.findElement(By.id("glance-value")).getText().contains("percentile of the healthy reference"));
        }
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg")));
        // the signed report stays script-free
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        driver.switchTo().defaultContent();
        assertAccessible("report");
        screenshot("c3-clinician-report", false);
        java.util.Map<String, Object> pdf = fetch(driver.findElement(By.id("dl-pdf")).getAttribute("href"));
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("type").toString()).isEqualTo("application/pdf");
        assertThat(pdf.get("head").toString()).startsWith("%PDF-");
        java.util.Map<String, Object> list = fetch(checklist.getAttribute("href"));
        assertThat(list.get("head").toString()).startsWith("%PDF-");
        if (audiences) assertThat(driver.findElement(By.id("dl-pdf")).getAttribute("href")).contains("audience=clinician");

        // --- a lab downloads FHIR
        String fhirUrl = driver.findElement(By.id("dl-fhir")).getAttribute("href");
        java.util.Map<String, Object> fhir = fetch(fhirUrl);
        assertThat(fhir.get("status")).isEqualTo(200L);
        assertThat(fhir.get("type").toString()).startsWith("application/fhir+json");
        assertThat(fhir.get("head").toString()).contains("\"resourceType\"").contains("Bundle");
        driver.get(fhirUrl);
        screenshot("l1-lab-fhir", false);
        driver.navigate().back();
    }

    /**
     * Issue 20: the follow-up report of a real HMP2 subject (E5002, five visits, uploaded and dated through the API)
     * in the subject view: the series table oldest first, the report's "Change over time" section in the frame with
     * both verdict words and no script, the downloads in every format. Screenshots target/screenshots/followup-*.png.
     */
    @Test
    void followUpReportOfARealHmp2Subject() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Client api = new Client(server.port(), Client.token(server.port(), DemoSeed.USER, DemoSeed.PASSWORD));
        List<Long> ids = Hmp2Series.upload(api);
        try {
            followUpInTheBrowser(wait);
        } finally {
            // the other tests count samples by name (…_P): leave the server, and the search box, as found
            for (long id : ids) api.delete("/api/samples/" + id);
            // (an empty search box, and another view, so the next test's visit to #/samples lists the samples afresh)
            ((JavascriptExecutor) driver).executeScript("document.getElementById('q').value = '';");
            driver.get(base() + "/#/upload");
        }
    }

    private void followUpInTheBrowser(WebDriverWait wait) throws Exception {
        signIn(wait);
        // the samples list links each sample's subject
        WebElement q = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        q.clear();
        q.sendKeys("ESM5", Keys.ENTER);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(Hmp2Series.SUBJECT)));
        screenshot("followup-0-samples", false);
        driver.findElements(By.linkText(Hmp2Series.SUBJECT)).get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-subject")));
        wait.until(d -> d.findElements(By.cssSelector("#subject-table tbody tr")).size() == 5);
        List<WebElement> rows = driver.findElements(By.cssSelector("#subject-table tbody tr"));
        assertThat(rows.get(0).getText()).contains(Hmp2Series.SAMPLES.get(0)).contains(Hmp2Series.DATES.get(0));
        assertThat(rows.get(4).getText()).contains(Hmp2Series.SAMPLES.get(4));
        assertThat(driver.findElement(By.id("subject-title")).getText()).isEqualTo("Follow-up: E5002");
        for (String f : List.of("json", "html", "pdf", "fhir"))
            assertThat(driver.findElement(By.id("subject-dl-" + f)).getAttribute("href")).contains("format=" + f);
        assertThat(driver.findElements(By.id("subject-dl-checklist-pdf"))).isEmpty();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("subject-frame")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".followup svg")));
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Change over time · subject E5002").contains("larger than day-to-day variation")
                .contains("within day-to-day variation").contains("Not medical advice");
        // the follow-up section itself (the rest is the latest sample's single report) has no word of effect
        String section = driver.findElement(By.cssSelector(".followup")).getText().toLowerCase(java.util.Locale.ROOT);
        assertThat(section).doesNotContain("improved").doesNotContain("worsened").doesNotContain("worked");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        driver.switchTo().defaultContent();
        assertAccessible("subject");
        screenshot("followup-1-subject", false);
        java.util.Map<String, Object> pdf = fetch(driver.findElement(By.id("subject-dl-pdf")).getAttribute("href"));
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("head").toString()).startsWith("%PDF-");
        java.util.Map<String, Object> fhir = fetch(driver.findElement(By.id("subject-dl-fhir")).getAttribute("href"));
        assertThat(fhir.get("status")).isEqualTo(200L);
        assertThat(fhir.get("head").toString()).contains("Bundle");
        // the report itself, the whole page, as a reader opening the html link sees it
        String html = driver.findElement(By.id("subject-dl-html")).getAttribute("href");
        driver.get(html);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".followup")));
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.followup').scrollIntoView();");
        Files.createDirectories(SCREENSHOTS);
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, 2600));
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.followup').scrollIntoView();");
        Thread.sleep(300);
        Files.write(SCREENSHOTS.resolve("followup-2-report.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(before);
        driver.navigate().back();
    }

    /**
     * Issue 15, "done when": a lab admin goes from a fresh install (no demo; the first admin made by
     * {@code gutskin admin create-admin}) to a branded report for a new customer without SQL. Signs in, sets the
     * lab's branding with an SVG logo (its script is removed), creates an analyst and an API token (shown once, then
     * revoked), and the analyst uploads a real profile, answers the red-flag questions and opens the HTML report and
     * the PDF: the lab's name, logo and signatory are in both. axe-core checks each admin page. Screenshots:
     * target/screenshots/admin-walk-*.png; the PDF beside them (admin-walk-report.pdf).
     */
    @Test
    void labAdminWalksFromAFreshInstallToABrandedReport() throws Exception {
        Path dir = Files.createTempDirectory("gutskin-admin-walk");
        AdminCommandTest.Run made = AdminCommandTest.cli("walk-admin-password\n", "admin", "create-admin",
                "--tenant", "Northfield Lab", "--user", "labadmin", "--data-dir", dir.toString());
        assertThat(made.exit()).as(made.err()).isZero();
        try (GutskinServer fresh = GutskinServer.start(new ServerOptions("127.0.0.1", 0, null, null, null, dir,
                ServerOptions.DEFAULT_MAX_UPLOAD, false))) {
            assertThat(fresh.seeded()).isFalse();
            String base = "http://127.0.0.1:" + fresh.port();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.manage().deleteAllCookies(); // the other server's session (cookies are per host, not port)

            // 1. sign in as the first admin; the Administration link is there for a lab-admin
            driver.get(base + "/#/admin/branding");
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-signin")));
            assertThat(driver.findElement(By.id("view-signin")).getText()).contains("gutskin admin create-admin");
            driver.findElement(By.id("username")).sendKeys("labadmin");
            driver.findElement(By.id("password")).sendKeys("walk-admin-password");
            screenshot("admin-walk-1-signin", false);
            driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-admin-branding")));
            assertThat(driver.findElement(By.id("nav-admin")).isDisplayed()).isTrue();

            // 2. the lab's branding, then its logo (an SVG with a script, which the server removes)
            driver.findElement(By.id("brand-name")).sendKeys("Northfield Microbiome Laboratory");
            driver.findElement(By.id("brand-address")).sendKeys("12 Harbour Street", Keys.ENTER, "Northfield NF1 2AB");
            driver.findElement(By.id("brand-signatory")).sendKeys("Dr Maya Okafor, Laboratory Director");
            driver.findElement(By.id("brand-format")).sendKeys("NML-{yyyy}-{seq:04}");
            driver.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-result"), "Saved"));
            Path logo = dir.resolve("northfield-logo.svg");
            Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 48\" width=\"120\""
                    + " height=\"48\" onload=\"alert('x')\"><script>alert('logo')</script>"
                    + "<circle cx=\"24\" cy=\"24\" r=\"20\" fill=\"#2a7f62\"/><path d=\"M14 26 Q24 6 34 26 Q24 40 14 26Z\""
                    + " fill=\"#ffffff\"/><rect x=\"52\" y=\"12\" width=\"60\" height=\"8\" rx=\"4\" fill=\"#1f3a5f\"/>"
                    + "<rect x=\"52\" y=\"28\" width=\"40\" height=\"8\" rx=\"4\" fill=\"#2a7f62\"/></svg>");
            driver.findElement(By.id("brand-logo")).sendKeys(logo.toAbsolutePath().toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-result"), "Logo stored"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("brand-preview-logo")));
            assertThat(driver.findElement(By.id("brand-preview-name")).getText()).isEqualTo("Northfield Microbiome Laboratory");
            assertThat(driver.findElement(By.id("brand-preview-footer")).getText()).contains("authorised by Dr Maya Okafor")
                    .contains("NML-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-0001 (example)");
            assertAccessible("admin branding");
            screenshot("admin-walk-2-branding", true);
            // a bad report-id format is refused with its reason, and nothing changes
            WebElement fmt = driver.findElement(By.id("brand-format"));
            fmt.clear();
            fmt.sendKeys("NML-{year}");
            driver.findElement(By.cssSelector("#branding-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("branding-result"), "unknown field {year}"));
            driver.navigate().refresh();
            wait.until(d -> "NML-{yyyy}-{seq:04}".equals(d.findElement(By.id("brand-format")).getDomProperty("value")));

            // 3. an analyst for the new customer's samples
            driver.findElement(By.cssSelector("#view-admin-branding .subnav a[href='#/admin/users']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-admin-users")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-table"), "labadmin"));
            driver.findElement(By.id("new-username")).sendKeys("analyst.kim");
            driver.findElement(By.id("new-password")).sendKeys("analyst-password-1");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("new-role"))).selectByValue("analyst");
            driver.findElement(By.cssSelector("#user-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-result"), "Created analyst analyst.kim"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-table"), "analyst.kim"));
            // the last lab-admin cannot demote themself: the server says why
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("select[aria-label='Role of labadmin']")))
                    .selectByValue("viewer");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-result"), "last active lab-admin"));
            assertAccessible("admin users");
            screenshot("admin-walk-3-users", true);

            // 4. an API token for the analyst's pipeline: shown once, listed without its value, revoked
            driver.findElement(By.cssSelector("#view-admin-users .subnav a[href='#/admin/tokens']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-admin-tokens")));
            wait.until(d -> d.findElements(By.cssSelector("#token-user option")).size() == 2);
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("token-user"))).selectByValue("analyst.kim");
            driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
            String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-value"))).getText();
            assertThat(token).startsWith("gsk_");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-table"), "pipeline"));
            assertThat(driver.findElement(By.id("tokens-table")).getText()).doesNotContain(token);
            assertAccessible("admin tokens");
            screenshot("admin-walk-4-tokens", true);
            driver.findElement(By.xpath("//button[starts-with(., 'Revoke token')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-result"), "revoked"));
            assertThat(new Client(fresh.port(), token).get("/api/samples").status()).isEqualTo(401);

            // 5. the analyst signs in (no Administration link), uploads a real profile, answers the questions
            driver.findElement(By.id("signout")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-signin")));
            driver.findElement(By.id("username")).clear();
            driver.findElement(By.id("username")).sendKeys("analyst.kim");
            driver.findElement(By.id("password")).sendKeys("analyst-password-1");
            driver.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-samples")));
            assertThat(driver.findElement(By.id("nav-admin")).isDisplayed()).isFalse();
            driver.get(base + "/#/admin/users");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "need the lab-admin role"));
            driver.findElement(By.linkText("Upload")).click();
            Path profile = ServiceSuite.METAPHLAN.resolve("MOCK_001_Illumina_Hiseq_3000.metaphlan3_profile.txt")
                    .toAbsolutePath().normalize();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(profile.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "Stored:"));
            screenshot("admin-walk-5-upload", false);
            driver.findElement(By.cssSelector("#upload-result a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("view-triage")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#triage-questions .q")));
            for (RedFlagEntry r : KnowledgeBase.get().redFlags()) {
                driver.findElement(By.cssSelector("label[for='q-" + r.key() + "-no']")).click();
            }
            screenshot("admin-walk-6-triage", false);
            driver.findElement(By.id("triage-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#route-banner.route-standard")));

            // 6. the branded HTML report: letterhead with the logo, footer with the signatory and report id
            String reportId = "NML-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() + "-0001";
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
            WebElement head = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.letterhead")));
            assertThat(head.getText()).contains("Northfield Microbiome Laboratory").contains("12 Harbour Street")
                    .contains(reportId);
            WebElement img = driver.findElement(By.cssSelector("div.letterhead img.logo"));
            assertThat(img.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            assertThat(new String(java.util.Base64.getDecoder().decode(img.getAttribute("src")
                    .substring("data:image/svg+xml;base64,".length())), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<circle").doesNotContain("script").doesNotContain("onload");
            assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)).as("the logo renders").isTrue();
            assertThat(driver.findElement(By.cssSelector("div.brand-foot")).getText())
                    .contains("authorised by Dr Maya Okafor, Laboratory Director").contains(reportId);
            driver.switchTo().defaultContent();
            screenshot("admin-walk-7-report", false);
            String htmlUrl = driver.findElement(By.id("dl-html")).getAttribute("href");
            driver.get(htmlUrl);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.letterhead")));
            screenshot("admin-walk-8-report-page", false);
            driver.navigate().back();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dl-pdf")));

            // 7. the PDF, fetched with the analyst's session: the same letterhead in its text
            String pdfUrl = driver.findElement(By.id("dl-pdf")).getAttribute("href");
            org.openqa.selenium.Cookie c = driver.manage().getCookieNamed(AuthHandlers.COOKIE);
            java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfUrl)).header("Cookie",
                            AuthHandlers.COOKIE + "=" + c.getValue()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("admin-walk-report.pdf"), pdf.body());
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(text).contains("Northfield Microbiome Laboratory").contains("12 Harbour Street")
                        .contains("authorised by Dr Maya Okafor").contains(reportId).contains("Not medical advice");
                // the logo is drawn on the first page (an SVG becomes vector drawing, so look for its form/image)
                assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the logo on page 1").isNotEmpty();
            }
            // the clinic checklist keeps to one page under the letterhead
            java.net.http.HttpResponse<byte[]> list = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(driver.findElement(By.id("checklist-link"))
                            .getAttribute("href"))).header("Cookie", AuthHandlers.COOKIE + "=" + c.getValue()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            Files.write(SCREENSHOTS.resolve("admin-walk-checklist.pdf"), list.body());
            try (var doc = org.apache.pdfbox.Loader.loadPDF(list.body())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(reportId)
                        .contains("Northfield Microbiome Laboratory");
            }
        } finally {
            driver.manage().deleteAllCookies();
            ServiceSuite.deleteTree(dir);
        }
    }
}
