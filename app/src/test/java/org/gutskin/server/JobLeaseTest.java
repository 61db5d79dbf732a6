package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch job lease on an in-memory H2 (PostgreSQL: {@link TwoInstancesTest}): an item is held by one instance
 * at a time, an expired lease is taken over, the late instance cannot store its reports after that, and a clean
 * stop gives items back. Each item's reports are stored once.
 */
class JobLeaseTest {

    Database db;
    JobStore jobs;
    long tenant, user;
    List<Long> samples;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:h2:mem:lease-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", null, null, 4);
        jobs = new JobStore(db.jdbi());
        tenant = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO tenant (name, created_at) VALUES ('t', :t)")
                .bind("t", Accounts.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        user = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO app_user (tenant_id, username, password_hash,"
                        + " created_at) VALUES (:tid, 'u', 'x', :t)").bind("tid", tenant).bind("t", Accounts.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        List<SampleStore.NewSample> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) rows.add(new SampleStore.NewSample("s" + i, 1, 1, "{}"));
        samples = new SampleStore(db.jdbi()).insert(tenant, user, "0".repeat(64), "f.txt", "metaphlan", new byte[] {1},
                rows).orElseThrow().samples().stream().map(SampleRow::id).toList();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long job(int items) {
        List<JobStore.NewItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) list.add(new JobStore.NewItem(samples.get(i), "{}", "not-assessed"));
        return jobs.create(tenant, user, List.of("json"), "a.tsv", "0".repeat(64), list);
    }

    private int outputs(long item) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_output WHERE item_id = :id")
                .bind("id", item).mapTo(Integer.class).one());
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheLateInstanceStoresNothing() throws Exception {
        long job = job(3);
        JobStore.Claimed dead = jobs.claim("dead", Duration.ofMillis(1)).orElseThrow();
        Thread.sleep(20);
        JobStore.Claimed live = jobs.claim("live", Duration.ofMinutes(2)).orElseThrow();
        assertThat(live.itemId()).as("the oldest item, its lease expired").isEqualTo(dead.itemId());
        assertThat(jobs.complete(dead, "dead", Map.of("json", new byte[] {1}))).isFalse();
        assertThat(jobs.complete(live, "live", Map.of("json", new byte[] {2}))).isTrue();
        assertThat(outputs(live.itemId())).isEqualTo(1);
        List<JobStore.Item> items = jobs.items(tenant, job, 0, 10);
        assertThat(items.get(0).attempts()).isEqualTo(2);
        assertThat(items.get(0).state()).isEqualTo("done");
        // the other two, then nothing
        assertThat(jobs.claim("live", Duration.ofMinutes(2))).isPresent();
        assertThat(jobs.claim("live", Duration.ofMinutes(2))).isPresent();
        assertThat(jobs.claim("live", Duration.ofMinutes(2))).isEmpty();
        assertThat(jobs.get(tenant, job).orElseThrow().counts()).containsEntry("done", 1L).containsEntry("claimed", 2L);
    }

    @Test
    void aCleanStopGivesItsItemsBack() {
        job(2);
        JobStore.Claimed c = jobs.claim("a", Duration.ofMinutes(2)).orElseThrow();
        assertThat(jobs.release("a")).isEqualTo(1);
        assertThat(jobs.claim("b", Duration.ofMinutes(2)).orElseThrow().itemId()).isEqualTo(c.itemId());
        assertThat(jobs.complete(c, "a", Map.of("json", new byte[] {1}))).as("given back: no longer a's").isFalse();
    }

    @Test
    void concurrentClaimersNeverHoldTheSameItem() throws Exception {
        job(3);
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> f = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String me = "w" + w;
                f.add(pool.submit(() -> {
                    for (Optional<JobStore.Claimed> c = jobs.claim(me, Duration.ofMinutes(2)); c.isPresent();
                            c = jobs.claim(me, Duration.ofMinutes(2))) claimed.add(c.get().itemId());
                    return null;
                }));
            }
            for (Future<?> x : f) x.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).hasSize(3).doesNotHaveDuplicates();
    }
}
