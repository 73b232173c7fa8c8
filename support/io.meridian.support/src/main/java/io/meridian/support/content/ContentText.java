package io.meridian.support.content;

import io.meridian.api.culture.ContentProblem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a content file in a region bundle, as every content reader takes it: at most
 * {@link #MAX_FILE_BYTES} bytes (content is prose and data, and a runaway file should not stall
 * an extender) of strict UTF-8.
 */
public final class ContentText {

    /** Larger files are refused. */
    public static final int MAX_FILE_BYTES = 1 << 20;

    private ContentText() {
    }

    /**
     * The file's text, or null after adding to {@code problems} why there is none.
     *
     * @param bytes the file's bytes, read up to one more than {@link #MAX_FILE_BYTES}
     */
    public static String decode(String bundle, String path, byte[] bytes, List<ContentProblem> problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.add(new ContentProblem(bundle, path, 0, "", "the file is over " + MAX_FILE_BYTES / 1024
                    + " KiB; content files are at most " + MAX_FILE_BYTES / 1024 + " KiB, split it"));
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException bad) {
            problems.add(new ContentProblem(bundle, path, 0, "", "not UTF-8 text; save the file as UTF-8"));
            return null;
        }
    }
}
