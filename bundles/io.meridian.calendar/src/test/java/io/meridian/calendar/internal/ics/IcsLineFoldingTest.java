package io.meridian.calendar.internal.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import io.meridian.calendar.internal.ics.IcsEvent.AllDay;
import io.meridian.calendar.internal.ics.IcsEvent.Transparency;

class IcsLineFoldingTest {

    /** Characters of one, two, three and four UTF-8 octets, the escapes RFC 5545 TEXT needs, and spaces. */
    private static final int[] ALPHABET = {'a', 'Z', '7', ' ', ' ', ',', ';', '\\', ':', '"', 'é', 'ß', 'ж', '東', '京', 'ー', '€',
            0x1F600, 0x1F30F, '\n', '\t'};

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    @Test
    void foldedLinesFitInSeventyFiveOctetsAndUnfoldToTheOriginal() {
        Random random = new Random(5545);
        for (int round = 0; round < 2_000; round++) {
            String line = "DESCRIPTION:" + randomText(random, 300).replace('\n', ' ');
            String folded = OctetLineFolder.fold(line + "\r\n");
            String[] physical = folded.split("\r\n");
            for (int i = 0; i < physical.length; i++) {
                String part = physical[i];
                assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= OctetLineFolder.MAX_OCTETS, () -> "too long: " + part);
                if (i > 0) {
                    assertTrue(part.startsWith(" ") && part.length() > 1, "a continuation starts with one space and carries text");
                }
                assertTrue(!Character.isHighSurrogate(part.charAt(part.length() - 1)), "a character was split: " + part);
            }
            assertEquals(line + "\r\n", folded.replace("\r\n ", ""));
        }
    }

    @Test
    void lineOfExactlySeventyFiveOctetsIsLeftWhole() {
        String line = "X".repeat(75);
        assertEquals(line + "\r\n", OctetLineFolder.fold(line + "\r\n"));
        assertEquals("X".repeat(75) + "\r\n X\r\n", OctetLineFolder.fold("X".repeat(76) + "\r\n"));
    }

    @Test
    void randomTextSurvivesTheWriterAndTheLibrarysReader() {
        Random random = new Random(2445);
        IcsWriter writer = new IcsWriter(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (int round = 0; round < 300; round++) {
            String summary = randomText(random, 120).replace('\n', ' ').strip();
            String description = randomText(random, 400);
            String ics = writer.write("Random " + round, List.of(new IcsEvent("r" + round, summary, description,
                    AllDay.on(LocalDate.of(2025, 1, 1)), Optional.of(randomText(random, 60).replace('\n', ' ')), List.of(), Transparency.OPAQUE)));
            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= OctetLineFolder.MAX_OCTETS, () -> "too long: " + line);
            }
            VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
            assertEquals(summary, event.getSummary().getValue(), "round " + round);
            if (!description.isEmpty()) {
                assertEquals(description, event.getDescription().getValue(), "round " + round);
            }
        }
    }
}
