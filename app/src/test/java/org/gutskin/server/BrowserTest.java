package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in Debian's headless Chromium (Selenium with /usr/bin/chromedriver; nothing is downloaded): sign in,
 * upload a real MetaPhlAn profile from ../shared/data, open its report and see the plot, run the label checker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
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

        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("report-frame")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg")));
        assertThat(driver.findElements(By.cssSelector("svg rect"))).isNotEmpty();
        assertThat(driver.getPageSource()).contains("MOCK_001_Illumina_Hiseq_3000");
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
    }
}
