package org.gutskin.spark;

import org.gutskin.testkit.Slow;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The base of the Spark tests: one {@code local[2]} context per test class (two tasks at once, as on a small cluster). */
@Slow
abstract class LocalSparkTest {

    static JavaSparkContext jsc;

    @BeforeAll
    static void startSpark() {
        jsc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("gutskin-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
        jsc.setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        jsc.stop();
    }
}
