package io.meridian.benchmark.crm;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A generated contacts export in HubSpot's shape, as large as asked: the ten columns of the
 * reference header plus Job Title, City and Country/Region, about 150 bytes a row. Countries are
 * written the ways exports write them (names in English and the country's language, ISO codes),
 * phones in international form from libphonenumber's example numbers with the subscriber
 * digits taken from the row number, companies shared by about twenty people each; every email is unique, so that an
 * import into an empty book creates every row. The same seed gives the same file.
 */
final class HubSpotFile {

    static final String HEADER = "Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Associated Company,Lead Status,"
            + "Create Date,Last Activity Date,Job Title,City,Country/Region";

    /** Country as written, its region code for a phone number, and a city. */
    private record Place(String written, String region, String city) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("Germany", "DE", "Berlin"), new Place("Deutschland", "DE", "München"), new Place("DE", "DE", "Hamburg"),
            new Place("United States", "US", "San Francisco"), new Place("USA", "US", "New York"), new Place("US", "US", "Austin"),
            new Place("France", "FR", "Paris"), new Place("Japan", "JP", "Tokyo"), new Place("日本", "JP", "Osaka"),
            new Place("Brazil", "BR", "São Paulo"), new Place("Brasil", "BR", "Rio de Janeiro"), new Place("India", "IN", "Bengaluru"),
            new Place("United Kingdom", "GB", "London"), new Place("UK", "GB", "Manchester"), new Place("Mexico", "MX", "Mexico City"),
            new Place("España", "ES", "Madrid"), new Place("Netherlands", "NL", "Amsterdam"), new Place("Sweden", "SE", "Stockholm"),
            new Place("South Korea", "KR", "Seoul"), new Place("China", "CN", "Shanghai"), new Place("Nigeria", "NG", "Lagos"),
            new Place("South Africa", "ZA", "Cape Town"), new Place("United Arab Emirates", "AE", "Dubai"),
            new Place("Canada", "CA", "Toronto"), new Place("Australia", "AU", "Sydney"));
    private static final String[] GIVEN = {"Anna", "Zoë", "José", "Søren", "Françoise", "Taro", "Priya", "Daan", "Ingrid", "Kwame",
            "Lucía", "Omar", "Mei", "Liam", "Olivia", "Noah", "Emma", "Mateo", "Aiko", "Chidi", "Fatima", "Björn", "Elif", "Marta"};
    private static final String[] FAMILY = {"Müller", "Núñez", "Ågård", "Lefèvre", "Yamada", "Raghunathan", "van der Berg", "Sjöberg",
            "Asante", "Fernández", "Haddad", "Wang", "Smith", "Johnson", "Brown", "García", "Suzuki", "Eze", "Al Mansoori", "Ekström",
            "Yıldız", "Nowak", "Kim", "Okonkwo", "Rossi", "Dubois", "Silva", "Kowalski", "Jensen", "Novak"};
    private static final String[] STATUS = {"New", "Open", "In Progress", "Open Deal", "Unqualified", "Attempted to Contact", "Connected"};
    private static final String[] TITLE = {"Head of Procurement", "CFO", "Buyer", "Sales Director", "Engineer", "Operations Manager", ""};
    private static final String[] OWNER = {"Amara Lindqvist", "Kenji Moreau", "Lea Schmidt", "Diego Ramos"};

    private HubSpotFile() {
    }

    static long write(Path file, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(200);
            for (int i = 0; i < rows; i++) {
                Place place = PLACES.get(random.nextInt(PLACES.size()));
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                row.setLength(0);
                row.append(1_000_000 + i).append(',').append(given).append(',').append(family).append(',')
                        .append("p").append(i).append('.').append(ascii(family)).append("@example").append(random.nextInt(50_000))
                        .append(".com,").append(phone(phones, place.region(), i)).append(',')
                        .append(OWNER[random.nextInt(OWNER.length)]).append(",Company ").append(random.nextInt(Math.max(1, rows / 20)))
                        .append(' ').append(place.region()).append(',').append(STATUS[random.nextInt(STATUS.length)]).append(',')
                        .append(String.format("2024-%02d-%02d %02d:%02d", 1 + random.nextInt(12), 1 + random.nextInt(28),
                                random.nextInt(24), random.nextInt(60))).append(',')
                        .append(String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                        .append(TITLE[random.nextInt(TITLE.length)]).append(',').append(place.city()).append(',').append(place.written())
                        .append('\n');
                out.append(row);
            }
        }
        return Files.size(file);
    }

    /** A mobile number of the region, its last six digits the row's number: no two rows share one. */
    private static String phone(PhoneNumberUtil phones, String region, int row) {
        Phonenumber.PhoneNumber example = phones.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        String national = Long.toString(example.getNationalNumber());
        String varied = national.substring(0, national.length() - 6) + String.format("%06d", row % 1_000_000);
        return "+" + example.getCountryCode() + " " + varied;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase();
    }
}
