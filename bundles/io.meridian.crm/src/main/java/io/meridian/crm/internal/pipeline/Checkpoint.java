package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportCounts;

/**
 * How far an import has got, stored by the contacts service in the same transaction as each
 * batch: after a crash, the import resumes after the last stored batch, with the counts it had
 * then, so that nothing is imported twice and nothing is skipped.
 *
 * @param records how many records (read or rejected by the format) the stored batches cover
 * @param line the file line of the last of them
 * @param counts the counts at that point
 */
record Checkpoint(long records, long line, ImportCounts counts) {

    static final Checkpoint START = new Checkpoint(0, 0, ImportCounts.NONE);

    String write() {
        ImportCounts c = counts;
        return "records=" + records + ";line=" + line + ";counts=" + c.records() + "," + c.created() + "," + c.updated() + ","
                + c.unchanged() + "," + c.skipped() + "," + c.rejected() + "," + c.possibleDuplicates() + "," + c.warnings();
    }

    static Checkpoint read(String text) {
        long records = 0;
        long line = 0;
        long[] c = new long[8];
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            switch (kv[0]) {
                case "records" -> records = Long.parseLong(kv[1]);
                case "line" -> line = Long.parseLong(kv[1]);
                case "counts" -> {
                    String[] n = kv[1].split(",");
                    for (int i = 0; i < c.length && i < n.length; i++) c[i] = Long.parseLong(n[i]);
                }
                default -> throw new IllegalArgumentException("unknown checkpoint part \"" + part + "\" in " + text);
            }
        }
        return new Checkpoint(records, line, new ImportCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
    }
}
