package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An import that dies right after a batch was stored resumes after exactly that batch: here the
 * batch is stored early because the next record repeats its email, and the record that caused
 * it must be read again after the restart, not skipped.
 */
class ResumeTest {

    @TempDir
    Path dir;
    private ImportBench bench;

    @AfterEach
    void close() {
        if (bench != null) bench.close();
    }

    /** The contact service, dying (as a killed process would, to the import) right after its first batch commits. */
    private static ContactService dyingAfterFirstBatch(ContactService real) {
        AtomicInteger batches = new AtomicInteger();
        return (ContactService) Proxy.newProxyInstance(ContactService.class.getClassLoader(), new Class<?>[]{ContactService.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (method.getName().equals("apply") && batches.incrementAndGet() == 1) {
                        throw new IllegalStateException("killed after the first batch was stored");
                    }
                    return result;
                });
    }

    @Test
    void aBatchStoredEarlyForARepeatedEmailResumesWithTheRecordThatRepeatedIt() {
        bench = new ImportBench(dir, ResumeTest::dyingAfterFirstBatch);
        String csv = "First Name,Last Name,Email,Phone\n"
                + "Ana,Lima,ana@example.com,\n"
                + "Ana,Lima,ana@example.com,+55 11 91234 5678\n"
                + "Bo,Berg,bo@example.com,\n"
                + "Cy,Chen,cy@example.com,\n";
        ImportRun failed = bench.importAndWait(ImportBench.text("repeat.csv", csv), ImportOptions.defaults());
        assertEquals(ImportState.FAILED, failed.state(), failed.toString());
        assertEquals(1, bench.contacts.search(ContactQuery.all()).total(), "the first batch, Ana alone, was stored");

        bench.journal.state(failed.id(), ImportState.INTERRUPTED, "the workbench died", null);
        bench.imports = bench.imports(bench.contacts);
        bench.imports.resumeUnfinished();
        ImportRun done = bench.waitFor(failed.id());

        assertEquals(ImportState.DONE, done.state(), done.toString());
        assertEquals(3, bench.contacts.search(ContactQuery.all()).total());
        assertEquals(List.of("+5511912345678"), bench.contacts.get(bench.contacts.findByEmails(List.of("ana@example.com"))
                .get("ana@example.com").get(0)).fields().phones().stream().map(p -> p.value()).toList(),
                "the repeating record was read again after the restart");
        assertEquals(4, done.counts().records());
        assertEquals(3, done.counts().created());
        assertEquals(1, done.counts().updated());
    }
}
