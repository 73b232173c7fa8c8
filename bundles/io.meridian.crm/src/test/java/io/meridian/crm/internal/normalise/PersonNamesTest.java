package io.meridian.crm.internal.normalise;

import io.meridian.crm.internal.normalise.PersonNames.Name;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNamesTest {

    private final PersonNames names = new PersonNames();

    @ParameterizedTest(name = "\"{0}\" ({1}): prefix {2}, given {3}, family {4}, suffix {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // given name first
            "Anna Berg|SE|-|Anna|Berg|-",
            "'  Anna   Maria  Berg '|SE|-|Anna Maria|Berg|-",
            "Ludwig van Beethoven|DE|-|Ludwig|van Beethoven|-",
            "Ursula von der Leyen|DE|-|Ursula|von der Leyen|-",
            "José de la Cruz|MX|-|José|de la Cruz|-",
            "Maria dos Santos|BR|-|Maria|dos Santos|-",
            "Van Morrison|GB|-|Van|Morrison|-",
            "Anna|-|-|Anna|-|-",
            // titles and suffixes
            "Dr. Anna Berg|-|Dr.|Anna|Berg|-",
            "Prof. Dr. Hans Müller|DE|Prof. Dr.|Hans|Müller|-",
            "Herr Hans Müller|DE|Herr|Hans|Müller|-",
            "Frau Müller|DE|Frau|-|Müller|-",
            "Mme Claire Dubois|FR|Mme|Claire|Dubois|-",
            "M. Jean Dupont|FR|M.|Jean|Dupont|-",
            "Sra. Ana García|ES|Sra.|Ana|García|-",
            "Sr. Juan Pérez|ES|Sr.|Juan|Pérez|-",
            "MR JOHN SMITH|US|MR|JOHN|SMITH|-",
            "John Smith Jr.|US|-|John|Smith|Jr.",
            "'John Smith, Jr.'|US|-|John|Smith|Jr.",
            "'John Smith III'|US|-|John|Smith|III",
            "'Jane Doe, PhD'|US|-|Jane|Doe|PhD",
            "'Dr. Jane Doe, MBA, PhD'|US|Dr.|Jane|Doe|MBA, PhD",
            "'John Smith Sr'|US|-|John|Smith|Sr",
            // Family, Given
            "'Berg, Anna'|SE|-|Anna|Berg|-",
            "'Müller, Dr. Hans'|DE|Dr.|Hans|Müller|-",
            "'van der Berg, Anna Maria'|NL|-|Anna Maria|van der Berg|-",
            "'Smith, John, Jr.'|US|-|John|Smith|Jr.",
            "'Yamada, Taro'|JP|-|Taro|Yamada|-",
            // family name first
            "Yamada Taro|JP|-|Taro|Yamada|-",
            "Nagy Anna|HU|-|Anna|Nagy|-",
            "Nguyễn Văn An|VN|-|Văn An|Nguyễn|-",
            "Wang Xiaoming|cn|-|Xiaoming|Wang|-",
            "Tanaka|JP|-|-|Tanaka|-",
            "山田 太郎|JP|-|太郎|山田|-",
            "김 민준|-|-|민준|김|-",
            // East Asian script without a space: not split
            "山田太郎|JP|-|-|山田太郎|-",
            "王小明|CN|-|-|王小明|-",
            "김민준|KR|-|-|김민준|-",
            "やまだたろう|-|-|-|やまだたろう|-"})
    void splitsAFullName(String full, String country, String prefix, String given, String family, String suffix) {
        assertEquals(new Name(prefix, given, family, suffix), names.split(full, country));
    }

    @Test
    void givesNoPartsForABlankName() {
        Name none = new Name(null, null, null, null);
        assertEquals(none, names.split(null, "DE"));
        assertEquals(none, names.split("   ", "DE"));
        assertEquals(none, names.split(" , ,", "DE"));
    }

    @Test
    void keepsAtLeastOneWordOfTheNameWhenItLooksLikeATitle() {
        assertEquals(new Name(null, "Dr", null, null), names.split("Dr", null));
        assertEquals(new Name(null, "Jr", null, null), names.split("Jr", null));
    }

    @Test
    void knowsWhichCountriesWriteTheFamilyNameFirst() {
        for (String country : new String[] {"JP", "CN", "KR", "TW", "HK", "MO", "VN", "HU", "KH", "MN", "jp", " hu "}) {
            assertTrue(names.familyFirst(country), country);
        }
        for (String country : new String[] {"DE", "US", "FR", "BR", "SG", "", "Japan"}) {
            assertFalse(names.familyFirst(country), country);
        }
        assertFalse(names.familyFirst(null));
    }
}
