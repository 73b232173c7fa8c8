package io.meridian.api.culture;

/**
 * Something wrong in a content file, said so that its author can find and fix it. The
 * knowledge base skips the file (or the one entry) and keeps the bundle's valid content.
 *
 * @param bundle the contributing bundle's symbolic name
 * @param file the file's path inside the bundle ({@code content/profiles/JP.json})
 * @param line the line, from 1; 0 when the problem is the file as a whole
 * @param field where in the document ({@code scales.leading.value}); empty for the file as a whole
 * @param message what is wrong and how to put it right
 */
public record ContentProblem(String bundle, String file, int line, String field, String message) {

    @Override
    public String toString() {
        return bundle + ": " + file + (line > 0 ? " line " + line : "") + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
